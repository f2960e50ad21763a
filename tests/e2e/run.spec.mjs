// Shaping the run, the scenes of the play, the facilitator's script and fullscreen, as a
// facilitator preparing a 60-minute session uses them.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { t } from './locales.mjs';
import { expectPlace } from './stepping.mjs';

const heading = (page) => page.locator('#screen-heading');
const overview = (page, lang) => page.getByRole('dialog', { name: t(lang, 'controls.overview_title') });
const inRun = (page, lang, titleKey) =>
  page.getByRole('checkbox', { name: t(lang, 'controls.run_include', { screen: t(lang, titleKey) }) });

test.describe('the run', () => {
  test('a screen left out is walked past, also after a reload and in the presenter window', async ({ page, context }) => {
    // The pillars' last step (of three): the next move leaves the screen.
    await page.goto('./#/en/deck/pillars/3');
    await expect(heading(page)).toHaveText(t('en', 'deck.pillars.title'));
    await page.keyboard.press('o');
    for (const key of ['deck.pillar1.title', 'deck.pillar2.title', 'deck.pillar3.title']) {
      await inRun(page, 'en', key).uncheck();
      await expect(inRun(page, 'en', key)).not.toBeChecked();
    }
    await expect(overview(page, 'en')).toContainText(t('en', 'controls.run_summary', { count: 17, total: 20, minutes: 173 }));
    await page.keyboard.press('Escape');
    await expect(page.locator('.pager__count')).toHaveText('13 / 17');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText(t('en', 'deck.pillars_check.title'));
    await expectPlace(page, 'en', 'deck/pillars/check', 1);
    await expect(page.locator('.pager__count')).toHaveText('14 / 17');

    await page.reload();
    await expect(heading(page)).toHaveText(t('en', 'deck.pillars_check.title'));
    await expectPlace(page, 'en', 'deck/pillars/check', 1);

    // The presenter window, opened here, walks past them too, and the projector follows.
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(heading(presenter)).toHaveText(t('en', 'deck.pillars_check.title'));
    await presenter.keyboard.press('PageUp');
    await expect(heading(presenter)).toHaveText(t('en', 'deck.pillars.title'));
    await expect(heading(page)).toHaveText(t('en', 'deck.pillars.title'));
    await expectPlace(page, 'en', 'deck/pillars', 3, 3);
    const nextFrame = presenter.locator('.presenter__preview--next iframe');
    await expect(nextFrame).toHaveAttribute('src', /\?preview#\/en\/deck\/pillars\/check$/);
    await expect(presenter.frameLocator('.presenter__preview--next iframe').locator('#screen-heading'))
      .toHaveText(t('en', 'deck.pillars_check.title'));
    await presenter.keyboard.press('ArrowRight');
    await expect(heading(presenter)).toHaveText(t('en', 'deck.pillars_check.title'));
    await expect(heading(page)).toHaveText(t('en', 'deck.pillars_check.title'));
  });

  test('a deep link to a screen left out opens it, says so, and can put it back', async ({ page }) => {
    await page.goto('./#/nl/deck/qa');
    await expect(heading(page)).toHaveText(t('nl', 'deck.qa.title'));
    await page.keyboard.press('o');
    await inRun(page, 'nl', 'deck.qa.title').uncheck();
    await page.keyboard.press('Escape');
    const notice = page.locator('.screen__out');
    await expect(notice).toContainText(t('nl', 'app.not_in_run'));
    await expect(page.locator('.pager__count')).toHaveText(t('nl', 'app.not_in_run_short'));
    // From the quote's last step, past the Q&A left out.
    await page.goto('./#/nl/deck/quote/3');
    await expect(heading(page)).toHaveText(t('nl', 'deck.quote.title'));
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText(t('nl', 'deck.shifts.title'));
    await page.goto('./#/nl/deck/qa');
    await notice.getByRole('button', { name: t('nl', 'app.not_in_run_restore') }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.locator('.pager__count')).toHaveText('8 / 20');
  });

  test('the presets shape the run and the 60-minute cut sets the length; the screens share it', async ({ page }) => {
    await page.goto('./#/en/act/1');
    // A key pressed before the app has mounted reaches no listener, so wait for the screen.
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await page.keyboard.press('o');
    const dialog = overview(page, 'en');
    const minutes = (titleKey) => dialog.locator('.overview__item', { hasText: t('en', titleKey) }).locator('.overview__timebox');
    await expect(minutes('act1.subtitle')).toHaveText(t('en', 'controls.minutes', { minutes: 10 }));
    await dialog.getByRole('button', { name: t('en', 'controls.preset_hour') }).click();
    await expect(dialog.getByRole('button', { name: t('en', 'controls.preset_hour') })).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByLabel(t('en', 'controls.overview_length'))).toHaveValue('60');
    await expect(inRun(page, 'en', 'deck.pillar1.title')).not.toBeChecked();
    await expect(dialog.locator('.overview__item', { hasText: t('en', 'deck.pillar1.title') }).locator('.overview__timebox'))
      .toHaveText(t('en', 'controls.run_left_out'));
    // 131 planned minutes of screens in 60: Act 1's ten minutes become five.
    await expect(minutes('act1.subtitle')).toHaveText(t('en', 'controls.minutes', { minutes: 5 }));
    await dialog.getByRole('button', { name: t('en', 'controls.preset_play') }).click();
    await expect(inRun(page, 'en', 'deck.quote.title')).not.toBeChecked();
    await expect(dialog.getByLabel(t('en', 'controls.overview_length'))).toHaveValue('60');
    // The length stays as set: the play and the wrap-up, 75 minutes of timeboxes, share 60.
    await expect(inRun(page, 'en', 'close.plan.title')).toBeChecked();
    await expect(minutes('act1.subtitle')).toHaveText(t('en', 'controls.minutes', { minutes: 8 }));
    await dialog.getByRole('button', { name: t('en', 'controls.preset_full') }).click();
    await expect(inRun(page, 'en', 'deck.quote.title')).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.locator('.pager__count')).toHaveText('3 / 20');
  });

  test('the run belongs to the session and goes with its export', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await page.keyboard.press('o');
    await overview(page, 'en').getByRole('button', { name: t('en', 'controls.preset_hour') }).click();
    await page.keyboard.press('Escape');
    const leftOut = ['deck/qa', 'deck/pillars/1', 'deck/pillars/2', 'deck/pillars/3', 'deck/pillars/check'];
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('devops-workshop.notes')));
    expect(stored.version).toBe(4);
    expect(stored.sessions[0].left_out).toEqual(leftOut);

    // The JSON backup carries it, and an import brings it into the new session.
    await page.getByRole('button', { name: t('en', 'notes.transfer.open') }).click();
    const dialog = page.getByRole('dialog', { name: t('en', 'notes.transfer.dialog_title') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: t('en', 'notes.transfer.download_json') }).click();
    const path = await (await download).path();
    const backup = JSON.parse(readFileSync(path, 'utf8'));
    expect(backup.version).toBe(4);
    expect(backup.session.left_out).toEqual(leftOut);
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    await overview(page, 'en').getByRole('button', { name: t('en', 'controls.preset_full') }).click();
    await page.keyboard.press('Escape');
    await expect(page.locator('.pager__count')).toHaveText('3 / 20');
    await page.getByRole('button', { name: t('en', 'notes.transfer.open') }).click();
    await dialog.locator('.file-picker__input').setInputFiles(path);
    await dialog.getByRole('button', { name: t('en', 'notes.transfer.add_new') }).click();
    await page.keyboard.press('Escape');
    await expect(page.locator('.pager__count')).toHaveText('3 / 15');
  });
});

test.describe('the play', () => {
  test('each act has its own named scene of the boat', async ({ page }) => {
    const acts = ['act/1', 'act/2', 'act/3', 'act/final'];
    const keys = ['act1.scene', 'act2.scene', 'act3.scene', 'final_act.scene'];
    for (const lang of ['en', 'fr']) {
      const drawn = [];
      for (const [i, path] of acts.entries()) {
        await page.goto(`./#/${lang}/${path}`);
        const scene = page.getByRole('img', { name: t(lang, keys[i]) });
        await expect(scene).toBeVisible();
        // At least two of the cast, each with a name plate.
        expect(await scene.locator('.ill-fig').count()).toBeGreaterThanOrEqual(2);
        drawn.push(await scene.evaluate((svg) => svg.innerHTML.replace(/<text[\s\S]*?<\/text>/g, '')));
      }
      expect(new Set(drawn).size, 'four different scenes').toBe(4);
    }
  });
});

test.describe('the facilitator\'s script', () => {
  for (const lang of ['en', 'nl']) {
    test(`is in the presenter view, never on the projector (${lang})`, async ({ page, context }) => {
      await page.goto(`./#/${lang}/act/2`);
      await expect(heading(page)).toHaveText(t(lang, 'act2.title'));
      const script = t(lang, 'facilitator.act2.run');
      await expect(page.getByText(script)).toHaveCount(0);
      const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
      const section = presenter.locator('.presenter__script');
      await expect(section).toContainText(t(lang, 'facilitator.act2.open'));
      await expect(section).toContainText(script);
      await expect(section).toContainText(t(lang, 'facilitator.act2.listen'));
      await expect(section).toContainText(t(lang, 'facilitator.act2.bridge'));
      // The script is the screen's: it stays through act 2's steps, and changes with act 3.
      await presenter.keyboard.press('ArrowRight');
      await presenter.keyboard.press('ArrowRight');
      await expect(presenter).toHaveURL(new RegExp(`#/presenter/[a-z0-9]+/${lang}/act/2/3$`));
      await expect(section).toContainText(script);
      await presenter.keyboard.press('ArrowRight');
      await expect(section).toContainText(t(lang, 'facilitator.act3.open'));
      await expect(page.getByText(t(lang, 'facilitator.act3.open'))).toHaveCount(0);
    });
  }

  test('the printed guide lists every screen with its timebox, questions and script', async ({ page }) => {
    await page.goto('./#/fr/act/1');
    await page.getByRole('button', { name: t('fr', 'notes.transfer.open') }).click();
    // The print dialog itself is the browser's: stand in for it, then print as the page does.
    await page.evaluate(() => { window.print = () => window.dispatchEvent(new Event('beforeprint')); });
    await page.getByRole('button', { name: t('fr', 'notes.transfer.print_guide') }).click();
    const guide = page.locator('.handout');
    await expect(guide.locator('section')).toHaveCount(20);
    await expect(guide).toContainText(t('fr', 'facilitator.opening.open'));
    await expect(guide).toContainText(t('fr', 'facilitator.team.bridge'));
    await expect(guide).toContainText(t('fr', 'deck.why.q1'));
    await expect(guide).toContainText(t('fr', 'app.timebox', { minutes: 15 }));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(guide).toHaveCount(0);
    // Printing the page otherwise (Ctrl+P) prints the handout, not the guide.
    await page.emulateMedia({ media: 'print' });
    await expect(guide).toContainText(t('fr', 'notes.export.no_notes'));
    await expect(guide).not.toContainText(t('fr', 'facilitator.opening.open'));
  });
});

test('in fullscreen the screen gets the whole window; the bars fade at rest and return on focus', async ({ page }) => {
  await page.clock.install();
  await page.goto('./#/en/act/1');
  await expect(heading(page)).toHaveText(t('en', 'act1.title'));
  await page.keyboard.press('f');
  await expect(page.locator('html')).toHaveAttribute('data-fullscreen', '');
  const stage = await page.locator('main.stage').boundingBox();
  const viewport = page.viewportSize();
  expect(stage.y).toBe(0);
  expect(stage.height).toBe(viewport.height);
  await page.clock.runFor(3000);
  await expect(page.locator('.topbar')).toHaveCSS('opacity', '0');
  await expect(page.locator('.pager')).toHaveCSS('opacity', '0');
  // The keyboard still reaches the bars, and they show while it is there.
  await page.keyboard.press('Tab');
  await expect(page.locator('.topbar')).toHaveCSS('opacity', '1');
  await page.mouse.move(10, 10);
  await expect(page.locator('.pager')).toHaveCSS('opacity', '1');
  await page.keyboard.press('f');
  await expect(page.locator('html')).not.toHaveAttribute('data-fullscreen', '');
});
