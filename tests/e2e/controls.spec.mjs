// The facilitator's controls, as a facilitator with a keyboard or a clicker uses them.
import { test, expect } from './fixtures.mjs';
import { SCREEN_COUNT, t } from './locales.mjs';
import { expectPlace, stage } from './stepping.mjs';

const heading = (page) => page.locator('#screen-heading');
const notesField = (page, lang, titleKey) =>
  page.getByRole('textbox', { name: t(lang, 'app.notes_label', { screen: t(lang, titleKey) }) });

test.describe('keys', () => {
  test('clicker keys, Space and Home/End move between screens', async ({ page }) => {
    // From act 1's last step (of three), the next move is to act 2's first.
    await page.goto('./#/en/act/1/3');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/en\/act\/2$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#\/en\/act\/1\/3$/);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/#\/en\/act\/2$/);
    await page.keyboard.press('Shift+Space');
    await expect(page).toHaveURL(/#\/en\/act\/1\/3$/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/#\/en\/summary$/);
    await expect(stage(page)).toHaveAttribute('data-step', '0');
    await expect(page.locator('.pager__count')).toHaveText(`${SCREEN_COUNT} / ${SCREEN_COUNT}`);
    const fillWidth = () => page.locator('.pager__fill').evaluate((fill) => fill.style.width);
    expect(await fillWidth()).toBe('100%');
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#\/en\/$/);
    await expect(stage(page)).toHaveAttribute('data-step', '0');
    await expect(page.locator('.pager__count')).toHaveText(`1 / ${SCREEN_COUNT}`);
    expect(await fillWidth()).toBe(`${Math.floor(100 / SCREEN_COUNT)}%`);
  });

  test('typing in the notes types, and triggers no shortcut', async ({ page }) => {
    // The notes are on act 2's last step, with its questions.
    await page.goto('./#/en/act/2/3');
    const field = notesField(page, 'en', 'act2.title');
    await field.click();
    await page.keyboard.type('bog?pf. ');
    for (const key of ['ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Home', 'End', 'Escape']) {
      await page.keyboard.press(key);
    }
    await expect(page).toHaveURL(/#\/en\/act\/2\/3$/);
    await expect(field).toHaveValue('bog?pf. ');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(page.locator('.blackout')).toHaveCount(0);
  });

  test('? lists every key, G goes to a screen by number or title', async ({ page }) => {
    await page.goto('./#/nl/');
    await expect(heading(page)).toHaveText(t('nl', 'opening.title'));
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: t('nl', 'controls.help') });
    await expect(help).toBeVisible();
    await expect(help.locator('tbody tr')).toHaveCount(10);
    await expect(help).toContainText(t('nl', 'controls.does.blackout'));
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.keyboard.press('g');
    const goTo = page.getByRole('dialog', { name: t('nl', 'controls.goto') });
    await goTo.getByRole('textbox').fill('nonsense-title');
    await goTo.getByRole('textbox').press('Enter');
    await expect(goTo.getByRole('alert')).toHaveText(t('nl', 'controls.goto_no_match', { query: 'nonsense-title' }));
    await goTo.getByRole('textbox').fill('5');
    await goTo.getByRole('textbox').press('Enter');
    await expect(page).toHaveURL(/#\/nl\/act\/3$/);
    await expect(goTo).toBeHidden();
    await page.keyboard.press('G');
    await page.getByRole('dialog', { name: t('nl', 'controls.goto') }).getByRole('textbox').fill(t('nl', 'deck.team.title'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/nl\/deck\/team$/);
  });

  test('G finds a title typed without its accents or in capitals', async ({ page }) => {
    await page.goto('./#/fr/');
    await expect(heading(page)).toHaveText(t('fr', 'opening.title'));
    expect(t('fr', 'deck.team.title')).toContain('équipe');
    await page.keyboard.press('g');
    const goTo = page.getByRole('dialog', { name: t('fr', 'controls.goto') });
    await goTo.getByRole('textbox').fill('EQUIPE');
    await goTo.getByRole('textbox').press('Enter');
    await expect(page).toHaveURL(/#\/fr\/deck\/team$/);
  });
});

test.describe('overview', () => {
  test('groups the screens, marks the current one, shows notes and timeboxes', async ({ page }) => {
    await page.goto('./#/en/act/1/3');
    await notesField(page, 'en', 'act1.title').fill('we noticed things');
    await page.goto('./#/en/act/2');
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: t('en', 'controls.overview_title') });
    await expect(overview).toBeVisible();
    await expect(overview.locator('.overview__heading')).toHaveText(['app.part_play', 'app.part_deck', 'app.part_close'].map((key) => t('en', key)));
    await expect(overview.locator('.overview__link')).toHaveCount(SCREEN_COUNT);
    const current = overview.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(t('en', 'act2.title'));
    const actOne = overview.locator('.overview__link', { hasText: t('en', 'act1.subtitle') });
    await expect(actOne).toContainText(t('en', 'controls.overview_has_notes'));
    await expect(actOne).toContainText(t('en', 'controls.minutes', { minutes: 10 }));
    await expect(current).not.toContainText(t('en', 'controls.overview_has_notes'));
  });

  test('works with the keyboard and the mouse, and gives focus back', async ({ page }) => {
    await page.goto('./#/en/act/1');
    const button = page.getByRole('button', { name: t('en', 'controls.overview') });
    await button.focus();
    await page.keyboard.press('Enter');
    const overview = page.getByRole('dialog', { name: t('en', 'controls.overview_title') });
    await expect(overview).toBeVisible();
    await overview.locator('.overview__link').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(overview.locator('.overview__link').nth(2)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await overview.locator('.overview__link', { hasText: t('en', 'deck.why.title') }).click();
    await expect(page).toHaveURL(/#\/en\/deck\/why$/);
    await expect(overview).toBeHidden();
  });

  test('an overlay opened the moment another one closes stays open', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await page.keyboard.press('o');
    await expect(page.locator('#overview')).toBeVisible();
    // Escape (the dialog's cancel) and ? in one task, faster than any hand: the closed
    // overview's late `close` event must not close the help that replaced it.
    await page.evaluate(() => {
      document.querySelector('#overview').dispatchEvent(new Event('cancel', { cancelable: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    });
    const help = page.getByRole('dialog', { name: t('en', 'controls.help') });
    await expect(help).toBeVisible();
    await expect(page.locator('#overview')).toHaveCount(0);
    // Past the task in which the late event arrives.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    await expect(help).toBeVisible();
  });

  test('changing the workshop length rescales the timeboxes', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: t('en', 'controls.overview_title') });
    const length = overview.getByLabel(t('en', 'controls.overview_length'));
    await length.fill('346');
    await length.press('Enter');
    await length.blur();
    const actOne = overview.locator('.overview__link', { hasText: t('en', 'act1.subtitle') });
    await expect(actOne).toContainText(t('en', 'controls.minutes', { minutes: 20 }));
  });
});

test.describe('blackout and timer', () => {
  // The clock stands still except when a test moves it, so page loads take no time.
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
    await page.clock.pauseAt(new Date('2026-11-23T09:00:01Z'));
  });

  const total = (page) => page.getByTestId('workshop-total');

  test('B blacks out, the same key or a visible button resumes, and the timer pauses meanwhile', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await page.getByRole('button', { name: t('en', 'controls.timer_start') }).click();
    await page.clock.fastForward('01:00');
    await expect(total(page)).toHaveText(t('en', 'controls.timer_of', { elapsed: '1:00', total: '2:53:00' }));

    await page.keyboard.press('b');
    await expect(page.locator('.blackout')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/en\/act\/1$/);
    await page.clock.fastForward('10:00');
    await page.keyboard.press('b');
    await expect(page.locator('.blackout')).toHaveCount(0);
    await page.clock.fastForward('00:30');
    await expect(total(page)).toHaveText(t('en', 'controls.timer_of', { elapsed: '1:30', total: '2:53:00' }));

    await page.keyboard.press('.');
    await expect(page.locator('.blackout')).toBeVisible();
    await page.getByRole('button', { name: t('en', 'controls.blackout_resume'), exact: true }).click();
    await expect(page.locator('.blackout')).toHaveCount(0);
  });

  test('pause and resume are explicit, and the timer survives a reload', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await page.getByRole('button', { name: t('en', 'controls.timer_start') }).click();
    await page.clock.fastForward('02:00');
    await page.getByRole('button', { name: t('en', 'controls.timer_pause') }).click();
    await page.clock.fastForward('30:00');
    await expect(page.getByTestId('screen-countdown')).toHaveText('8:00');
    await page.reload();
    await expect(page.getByTestId('screen-countdown')).toHaveText('8:00');
    await expect(page.getByTestId('timer-state')).toHaveText(t('en', 'controls.timer_paused'));
    await page.getByRole('button', { name: t('en', 'controls.timer_resume') }).click();
    await page.clock.fastForward('03:00');
    await page.reload();
    await page.clock.fastForward('01:00');
    await expect(page.getByTestId('screen-countdown')).toHaveText('4:00');
  });

  test('pacing says ahead, on track and behind', async ({ page }) => {
    await page.goto('./#/en/');
    await page.getByRole('button', { name: t('en', 'controls.timer_start') }).click();
    await page.clock.fastForward('05:00');
    // Quick presses, as from a clicker: all count. Through the opening's two steps and the
    // cast's three, to act 1.
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/en\/act\/1$/);
    // 5 minutes spent where the agenda planned 10 (opening and cast): ahead.
    await expect(page.getByTestId('pace')).toHaveText(t('en', 'controls.pace_ahead', { time: '5:00' }));
    // Time within Act 1's 10-minute budget keeps the lead; running over it uses the lead up.
    await page.clock.fastForward('13:00');
    await expect(page.getByTestId('pace')).toHaveText(t('en', 'controls.pace_on_track'));
    await page.clock.fastForward('05:00');
    await expect(page.getByTestId('pace')).toHaveText(t('en', 'controls.pace_behind', { time: '3:00' }));
    await expect(page.getByTestId('screen-countdown')).toHaveText('−8:00');
  });

  test('a single stray click never resets the timer', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await page.getByRole('button', { name: t('en', 'controls.timer_start') }).click();
    await page.clock.fastForward('04:00');
    await page.getByRole('button', { name: t('en', 'controls.timer_reset') }).click();
    await page.getByRole('button', { name: t('en', 'controls.timer_reset_no') }).click();
    await expect(page.getByTestId('screen-countdown')).toHaveText('6:00');
    await page.getByRole('button', { name: t('en', 'controls.timer_reset') }).click();
    await page.getByRole('button', { name: t('en', 'controls.timer_reset_yes') }).click();
    await expect(page.getByTestId('screen-countdown')).toHaveText('10:00');
    await expect(page.getByRole('button', { name: t('en', 'controls.timer_start') })).toBeVisible();
  });
});

test.describe('presenter view', () => {
  test('P opens it; both windows follow each other, also after a reload', async ({ page, context }) => {
    await page.goto('./#/en/act/1');
    // A key pressed before the app has mounted reaches no listener, so wait for the screen.
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1$/);
    await expect(heading(presenter)).toHaveText(t('en', 'act1.title'));
    const nowLabel = presenter.locator('#presenter-now-label');
    const nowFrame = presenter.locator('.presenter__preview:not(.presenter__preview--next) iframe');
    const nextFrame = presenter.locator('.presenter__preview--next iframe');
    const nowText = (step, total) =>
      `${t('en', 'controls.presenter_now')} · ${t('en', 'app.step', { current: step, total })}`;
    await expect(nowLabel).toHaveText(nowText(1, 3));
    await expect(nowFrame).toHaveAttribute('src', /\?preview#\/en\/act\/1$/);
    // Up next: act 1's second step, as the room will see it.
    await expect(nextFrame).toHaveAttribute('src', /\?preview#\/en\/act\/1\/2$/);
    const nextStage = presenter.frameLocator('.presenter__preview--next iframe').locator('article.screen');
    await expect(nextStage.locator('#screen-heading')).toHaveText(t('en', 'act1.title'));
    await expect(nextStage).toHaveAttribute('data-step', '1');
    const nowStage = presenter.frameLocator('.presenter__preview:not(.presenter__preview--next) iframe').locator('article.screen');
    await expect(nowStage).toHaveAttribute('data-screen', 'act/1');
    await expect(nowStage).toHaveAttribute('data-step', '0');
    // Two steps on, act 1's last: up next is act 2, on its first step.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1\/3$/);
    await expect(nowLabel).toHaveText(nowText(3, 3));
    await expect(nowFrame).toHaveAttribute('src', /\?preview#\/en\/act\/1\/3$/);
    await expect(nowStage).toHaveAttribute('data-step', '2');
    await expect(nextFrame).toHaveAttribute('src', /\?preview#\/en\/act\/2$/);
    await expect(nextStage.locator('#screen-heading')).toHaveText(t('en', 'act2.title'));
    await expect(nextStage).toHaveAttribute('data-step', '0');
    await expect(presenter.locator('.presenter__end')).not.toBeVisible();
    await expect(presenter.locator('.discussion__questions li')).toHaveCount(3);
    await expect(notesField(presenter, 'en', 'act1.title')).toBeVisible();
    await expect(presenter.getByTestId('screen-countdown')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(heading(presenter)).toHaveText(t('en', 'act2.title'));
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2$/);
    await expect(nowLabel).toHaveText(nowText(1, 3));
    await expect(nextFrame).toHaveAttribute('src', /\?preview#\/en\/act\/2\/2$/);
    await presenter.locator('a.pager__link--next').click();
    await expectPlace(page, 'en', 'act/2', 2, 3);

    await presenter.reload();
    await expect(heading(presenter)).toHaveText(t('en', 'act2.title'));
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2\/2$/);
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2\/3$/);
    await expect(nowLabel).toHaveText(nowText(3, 3));
    await expect(nextFrame).toHaveAttribute('src', /\?preview#\/en\/act\/3$/);

    await page.reload();
    await expectPlace(page, 'en', 'act/2', 3, 3);
    await presenter.keyboard.press('ArrowLeft');
    await expectPlace(page, 'en', 'act/2', 2, 3);

    await presenter.keyboard.press('b');
    await expect(page.locator('.blackout')).toBeVisible();
    await expect(presenter.locator('.presenter__blackout')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(page.locator('.blackout')).toHaveCount(0);
  });

  test('an open overview keeps its keyboard focus while the timer runs, pauses and resumes, in either window', async ({ page, context }) => {
    await page.goto('./#/en/act/1');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(heading(presenter)).toHaveText(t('en', 'act1.title'));
    // In `looking`, the overview is open with its third link focused; `other` runs the timer.
    for (const [looking, other] of [[page, presenter], [presenter, page]]) {
      await looking.keyboard.press('o');
      const overview = looking.getByRole('dialog', { name: t('en', 'controls.overview_title') });
      await overview.locator('.overview__link').first().focus();
      await looking.keyboard.press('ArrowRight');
      await looking.keyboard.press('ArrowRight');
      const focused = await looking.evaluateHandle(() => document.activeElement);
      const toggle = other.locator('.timer__toggle').first();
      for (const running of ['true', 'false', 'true', 'false']) {
        await toggle.click();
        // The looking window has taken in the clock (its own timer, behind the overview).
        await expect(looking.locator('.timer__toggle').first()).toHaveAttribute('aria-pressed', running);
        await looking.waitForTimeout(600); // a tick of the clocks on screen
        expect(await focused.evaluate((node) => node === document.activeElement && node.isConnected)).toBe(true);
      }
      await expect(overview.locator('.overview__link').nth(2)).toBeFocused();
      await looking.keyboard.press('Escape');
      await expect(overview).toBeHidden();
    }
  });

  test('a blocked pop-up says how to allow it, and the message goes once the window opens', async ({ page }) => {
    // A pop-up blocker makes window.open return null; let the second try through.
    await page.addInitScript(() => {
      const open = window.open.bind(window);
      let tries = 0;
      window.open = (...args) => (tries++ === 0 ? null : open(...args));
    });
    await page.goto('./#/nl/act/1');
    await expect(heading(page)).toHaveText(t('nl', 'act1.title'));
    await page.keyboard.press('p');
    await expect(page.getByRole('alert')).toHaveText(t('nl', 'controls.presenter_blocked'));
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    await expect(heading(presenter)).toHaveText(t('nl', 'act1.title'));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a move made in the presenter window before it is connected still reaches the projector', async ({ page, context }) => {
    // The presenter window connects after its first frame. Hold its frames back, so that a key
    // pressed as it appears is pressed before it is connected, every time.
    await context.addInitScript(() => {
      const frame = window.requestAnimationFrame.bind(window);
      // Asked for each frame: a popup's first script may run before its address is set.
      const holding = () => held && window.location.hash.startsWith('#/presenter/');
      let held = [];
      window.releaseFrames = () => {
        const waiting = held;
        held = null;
        waiting.forEach((callback) => frame(callback));
      };
      window.requestAnimationFrame = (callback) => (holding() ? (held.push(callback), 0) : frame(callback));
    });
    await page.goto('./#/en/act/1');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(heading(presenter)).toHaveText(t('en', 'act1.title'));
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1\/2$/);
    await expectPlace(page, 'en', 'act/1', 1, 3);
    await presenter.evaluate(() => window.releaseFrames());
    await expectPlace(page, 'en', 'act/1', 2, 3);
    // And the windows go on following each other.
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1\/3$/);
  });

  test('two workshops in one browser do not cross-talk', async ({ context }) => {
    const teamA = await context.newPage();
    const teamB = await context.newPage();
    await teamA.goto('./#/en/act/1');
    await teamB.goto('./#/en/act/1');
    await expect(heading(teamA)).toHaveText(t('en', 'act1.title'));
    await expect(heading(teamB)).toHaveText(t('en', 'act1.title'));
    const [presenterA] = await Promise.all([context.waitForEvent('page'), teamA.keyboard.press('p')]);
    await expect(heading(presenterA)).toHaveText(t('en', 'act1.title'));
    await presenterA.keyboard.press('ArrowRight');
    await expectPlace(teamA, 'en', 'act/1', 2, 3);
    await teamA.keyboard.press('ArrowRight');
    await expect(presenterA).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1\/3$/);
    await expect(heading(teamB)).toHaveText(t('en', 'act1.title'));
    await expectPlace(teamB, 'en', 'act/1', 1, 3);
  });

  // Chromium always has BroadcastChannel, so the other path of src/browser/sync_channel.rs, a
  // localStorage key whose `storage` event reaches the other window, is only run when the
  // browser's own BroadcastChannel is taken away before the app loads.
  test('without BroadcastChannel, both windows still follow each other through storage events', async ({ context }) => {
    await context.addInitScript(() => {
      delete window.BroadcastChannel;
      // The sync keys this window heard about, to show which path carried the messages.
      window.syncKeysHeard = [];
      window.addEventListener('storage', (event) => {
        if (event.key?.startsWith('devops-workshop.sync.')) window.syncKeysHeard.push(event.key);
      });
    });
    const noBroadcastChannel = (page) => page.evaluate(() => typeof BroadcastChannel === 'undefined');
    const syncKeysHeard = (page) => page.evaluate(() => [...new Set(window.syncKeysHeard)]);

    const projector = await context.newPage();
    await projector.goto('./#/en/act/1/2');
    await expect(heading(projector)).toHaveText(t('en', 'act1.title'));
    expect(await noBroadcastChannel(projector)).toBe(true);
    // Back to act 1's first step before the presenter opens (it opens on a screen's first).
    await projector.keyboard.press('ArrowLeft');
    await expectPlace(projector, 'en', 'act/1', 1, 3);
    const [presenter] = await Promise.all([context.waitForEvent('page'), projector.keyboard.press('p')]);
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1$/);
    await expect(heading(presenter)).toHaveText(t('en', 'act1.title'));
    expect(await noBroadcastChannel(presenter)).toBe(true);
    const pair = presenter.url().match(/#\/presenter\/([a-z0-9]+)\//)[1];

    // Projector to presenter.
    await projector.keyboard.press('ArrowRight');
    await expectPlace(projector, 'en', 'act/1', 2, 3);
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/1\/2$/);
    await projector.keyboard.press('ArrowRight');
    await projector.keyboard.press('ArrowRight');
    await expect(heading(projector)).toHaveText(t('en', 'act2.title'));
    await expect(heading(presenter)).toHaveText(t('en', 'act2.title'));
    // Presenter to projector, with the keyboard and with the Next link, a step at a time.
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2\/2$/);
    await expectPlace(projector, 'en', 'act/2', 2, 3);
    await presenter.locator('a.pager__link--next').click();
    await expectPlace(projector, 'en', 'act/2', 3, 3);
    // And back again from the projector, then a blackout from the presenter.
    await projector.keyboard.press('ArrowLeft');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2\/2$/);
    await presenter.keyboard.press('b');
    await expect(projector.locator('.blackout')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(projector.locator('.blackout')).toHaveCount(0);
    // Either window reloaded listens again.
    await presenter.reload();
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2\/2$/);
    await expect(heading(presenter)).toHaveText(t('en', 'act2.title'));
    expect(await noBroadcastChannel(presenter)).toBe(true);
    await projector.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+\/en\/act\/2\/3$/);
    await projector.reload();
    await expectPlace(projector, 'en', 'act/2', 3, 3);
    await presenter.keyboard.press('ArrowLeft');
    await expectPlace(projector, 'en', 'act/2', 2, 3);

    // Every message went through the pair's storage key, which is removed as soon as written.
    const key = `devops-workshop.sync.${pair}`;
    expect(await syncKeysHeard(projector)).toEqual([key]);
    expect(await syncKeysHeard(presenter)).toEqual([key]);
    expect(await projector.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  });
});

test.describe('projector comfort', () => {
  test('on the system theme, the page follows the system switching between light and dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./#/en/');
    const root = page.locator('html');
    await expect(page.locator('#screen-heading')).toBeVisible();
    await expect(root).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(root).toHaveAttribute('data-theme', 'light');
  });

  test('the theme button cycles system, light, dark and projector, and remembers', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./#/en/');
    const root = page.locator('html');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    const themeButton = page.locator('.toolbar__theme');
    await expect(themeButton).toHaveAccessibleName(t('en', 'controls.theme', { theme: t('en', 'controls.theme_system') }));
    await themeButton.click();
    await expect(root).toHaveAttribute('data-theme', 'light');
    await themeButton.click();
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await themeButton.click();
    await expect(root).toHaveAttribute('data-theme', 'projector');
    await page.reload();
    await expect(root).toHaveAttribute('data-theme', 'projector');
  });

  test('the cursor hides when the pointer rests', async ({ page }) => {
    await page.clock.install();
    await page.goto('./#/en/');
    await expect(heading(page)).toHaveText(t('en', 'opening.title'));
    await page.mouse.move(200, 200);
    await expect(page.locator('html')).not.toHaveClass(/cursor-idle/);
    await page.clock.fastForward(3000);
    await expect(page.locator('html')).toHaveClass(/cursor-idle/);
    await page.mouse.move(300, 300);
    await expect(page.locator('html')).not.toHaveClass(/cursor-idle/);
  });

  test('no element uses role=application, and a screen change focuses the new heading', async ({ page }) => {
    await page.goto('./#/en/act/1/3');
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText(t('en', 'act2.title'));
    await expect(page.locator('[role="application"]')).toHaveCount(0);
  });
});
