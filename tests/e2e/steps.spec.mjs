// Screens in steps (issue 18), as reveal.js shows a slide's fragments: Next shows a screen's
// next step and only after its last moves on; Previous goes back a step, and from a first step
// to the screen before's last. Every step has its own address; the pager counts screens.
import { test, expect } from './fixtures.mjs';
import { SCREEN_COUNT, t } from './locales.mjs';
import { SUMMARY_PAGES, expectPlace, stage, stepCount } from './stepping.mjs';

const heading = (page) => page.locator('#screen-heading');
const pagerCount = (page) => page.locator('.pager__count');
const notesField = (page, lang, titleKey) =>
  page.getByRole('textbox', { name: t(lang, 'app.notes_label', { screen: t(lang, titleKey) }) });
const questions = (page) => stage(page).locator('.discussion__questions li');
const actOneScene = (page) => stage(page).getByRole('img', { name: t('en', 'act1.scene') });
const actOneLine = (page) => stage(page).getByText(t('en', 'act1.line1'));
const overview = (page) => page.getByRole('dialog', { name: t('en', 'controls.overview_title') });
const presenterAt = (lang, path) => new RegExp(`#/presenter/[a-z0-9]+/${lang}/${path}$`);

/** Act 1 is screen 3 of 20, in three steps: its scene, its lines, its questions and notes. */
async function expectActOneStep(page, step) {
  await expectPlace(page, 'en', 'act/1', step, 3);
  await expect(heading(page)).toHaveText(t('en', 'act1.title'));
  await expect(stepCount(page)).toHaveAttribute('aria-label', t('en', 'app.step', { current: step, total: 3 }));
  await expect(stage(page).locator('.steps__dot')).toHaveCount(3);
  await expect(stage(page).locator('.steps__dot--on')).toHaveCount(1);
  await expect(stage(page).locator('.steps__dot').nth(step - 1)).toHaveClass(/steps__dot--on/);
  await expect(actOneScene(page)).toHaveCount(step === 1 ? 1 : 0);
  await expect(actOneLine(page)).toHaveCount(step === 2 ? 1 : 0);
  await expect(questions(page)).toHaveCount(step === 3 ? 3 : 0);
  await expect(notesField(page, 'en', 'act1.title')).toHaveCount(step === 3 ? 1 : 0);
  // The pager still counts screens.
  await expect(pagerCount(page)).toHaveText(`3 / ${SCREEN_COUNT}`);
  await expect(pagerCount(page)).toHaveAttribute('aria-label', t('en', 'app.progress', { current: 3, total: SCREEN_COUNT }));
}

test.describe('moving through steps', () => {
  test('ArrowRight, Space and the clicker\'s PageDown show the next step, then the next screen', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await expectActOneStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectActOneStep(page, 2);
    await page.keyboard.press('Space');
    await expectActOneStep(page, 3);
    // Only after the last step: the next screen, on its first step.
    await page.keyboard.press('PageDown');
    await expectPlace(page, 'en', 'act/2', 1, 3);
    await expect(heading(page)).toHaveText(t('en', 'act2.title'));
    await expect(pagerCount(page)).toHaveText(`4 / ${SCREEN_COUNT}`);
    await expect(questions(page)).toHaveCount(0);
  });

  test('the Next button shows the next step, then the next screen', async ({ page }) => {
    await page.goto('./#/en/act/1');
    await expectActOneStep(page, 1);
    const next = page.locator('a.pager__link--next');
    await expect(next).toHaveAttribute('href', '#/en/act/1/2');
    await next.click();
    await expectActOneStep(page, 2);
    await next.click();
    await expectActOneStep(page, 3);
    await expect(next).toHaveAttribute('href', '#/en/act/2');
    await next.click();
    await expectPlace(page, 'en', 'act/2', 1, 3);
    await expect(pagerCount(page)).toHaveText(`4 / ${SCREEN_COUNT}`);
  });

  test('ArrowLeft, PageUp, Shift+Space and Previous go back a step, and from a first step to the screen before\'s last', async ({ page }) => {
    await page.goto('./#/en/act/2/2');
    await expectPlace(page, 'en', 'act/2', 2, 3);
    await page.keyboard.press('ArrowLeft');
    await expectPlace(page, 'en', 'act/2', 1, 3);
    // From a first step: the screen before, on its last step.
    await page.keyboard.press('PageUp');
    await expectActOneStep(page, 3);
    await page.keyboard.press('Shift+Space');
    await expectActOneStep(page, 2);
    await page.locator('a.pager__link--previous').click();
    await expectActOneStep(page, 1);
    // The cast's last step, its draw, of three.
    await page.keyboard.press('ArrowLeft');
    await expectPlace(page, 'en', 'cast', 3, 3);
    await expect(heading(page)).toHaveText(t('en', 'cast.title'));
    await expect(pagerCount(page)).toHaveText(`2 / ${SCREEN_COUNT}`);
  });

  test('the first step of the first screen has nothing before, the last of the last nothing after', async ({ page }) => {
    await page.goto('./#/en/');
    await expectPlace(page, 'en', '', 1, 2);
    await expect(page.locator('a.pager__link--previous')).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expectPlace(page, 'en', '', 2, 2);
    await page.goto(`./#/en/summary/${SUMMARY_PAGES}`);
    await expectPlace(page, 'en', 'summary', SUMMARY_PAGES, SUMMARY_PAGES);
    await expect(page.locator('a.pager__link--next')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expectPlace(page, 'en', 'summary', SUMMARY_PAGES - 1, SUMMARY_PAGES);
  });
});

test.describe('addresses', () => {
  test('the address names the step, and a reload opens the same step', async ({ page }) => {
    await page.goto('./#/nl/deck/why');
    await expectPlace(page, 'nl', 'deck/why', 1, 4);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectPlace(page, 'nl', 'deck/why', 3, 4);
    await expect(stage(page)).toContainText(t('nl', 'deck.why.result'));
    await page.reload();
    await expectPlace(page, 'nl', 'deck/why', 3, 4);
    await expect(stage(page)).toContainText(t('nl', 'deck.why.result'));
    await expect(stage(page)).not.toContainText(t('nl', 'deck.why.old_split'));
    // The opening's steps are `#/nl/` and `#/nl/2`.
    await page.goto('./#/nl/2');
    await expectPlace(page, 'nl', '', 2, 2);
    await page.reload();
    await expectPlace(page, 'nl', '', 2, 2);
    await expect(heading(page)).toHaveText(t('nl', 'opening.title'));
  });

  test('a link without a step opens the first', async ({ page }) => {
    await page.goto('./#/en/deck/why/3');
    await expectPlace(page, 'en', 'deck/why', 3, 4);
    await page.goto('./#/en/deck/why');
    await expectPlace(page, 'en', 'deck/why', 1, 4);
    await expect(stage(page)).toContainText(t('en', 'deck.why.old_split'));
    await expect(stage(page)).not.toContainText(t('en', 'deck.why.result'));
    // The opening's "Meet the cast" link: the cast's first step.
    await page.goto('./#/en/2');
    await stage(page).getByRole('link', { name: t('en', 'opening.start') }).click();
    await expectPlace(page, 'en', 'cast', 1, 3);
    // A link in the overview, from a screen's last step.
    await page.goto('./#/en/act/1/3');
    await expectActOneStep(page, 3);
    await page.keyboard.press('o');
    await overview(page).locator('.overview__link', { hasText: t('en', 'act2.title') }).click();
    await expectPlace(page, 'en', 'act/2', 1, 3);
  });
});

test.describe('jumps land on a first step', () => {
  test('G by number and by title, Home and End', async ({ page }) => {
    await page.goto('./#/en/act/1/2');
    await expectActOneStep(page, 2);
    await page.keyboard.press('g');
    const goTo = page.getByRole('dialog', { name: t('en', 'controls.goto') });
    await goTo.getByRole('textbox').fill('5');
    await goTo.getByRole('textbox').press('Enter');
    await expectPlace(page, 'en', 'act/3', 1, 3);
    await page.keyboard.press('ArrowRight');
    await expectPlace(page, 'en', 'act/3', 2, 3);
    await page.keyboard.press('G');
    await goTo.getByRole('textbox').fill(t('en', 'deck.team.title'));
    await goTo.getByRole('textbox').press('Enter');
    await expectPlace(page, 'en', 'deck/team', 1);
    await expect(heading(page)).toHaveText(t('en', 'deck.team.title'));
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-step', '1');
    // End: the summary's first page, not its last.
    await page.keyboard.press('End');
    await expectPlace(page, 'en', 'summary', 1, SUMMARY_PAGES);
    await expect(pagerCount(page)).toHaveText(`${SCREEN_COUNT} / ${SCREEN_COUNT}`);
    await page.keyboard.press('ArrowRight');
    await expectPlace(page, 'en', 'summary', 2, SUMMARY_PAGES);
    await page.keyboard.press('Home');
    await expectPlace(page, 'en', '', 1, 2);
    await expect(pagerCount(page)).toHaveText(`1 / ${SCREEN_COUNT}`);
  });
});

test.describe('the run', () => {
  test('stepping walks past a screen left out, both ways', async ({ page }) => {
    await page.goto('./#/en/deck/quote');
    await expect(heading(page)).toHaveText(t('en', 'deck.quote.title'));
    await page.keyboard.press('o');
    const include = page.getByRole('checkbox', { name: t('en', 'controls.run_include', { screen: t('en', 'deck.qa.title') }) });
    await include.uncheck();
    await expect(include).not.toBeChecked();
    await page.keyboard.press('Escape');
    await expect(overview(page)).toBeHidden();
    await expect(pagerCount(page)).toHaveText(`7 / ${SCREEN_COUNT - 1}`);
    await page.keyboard.press('ArrowRight');
    await expectPlace(page, 'en', 'deck/quote', 2, 3);
    await page.keyboard.press('PageDown');
    await expectPlace(page, 'en', 'deck/quote', 3, 3);
    // Past the Q&A, left out, to the shifts' first step.
    await page.keyboard.press('ArrowRight');
    await expectPlace(page, 'en', 'deck/shifts', 1);
    await expect(heading(page)).toHaveText(t('en', 'deck.shifts.title'));
    await expect(pagerCount(page)).toHaveText(`8 / ${SCREEN_COUNT - 1}`);
    // And back past it, to the quote's last step.
    await page.keyboard.press('PageUp');
    await expectPlace(page, 'en', 'deck/quote', 3, 3);
    await expect(pagerCount(page)).toHaveText(`7 / ${SCREEN_COUNT - 1}`);
  });
});

test.describe('projector and presenter', () => {
  test('both windows stay on the same screen and step, whichever moves', async ({ page, context }) => {
    await page.goto('./#/en/act/1');
    await expectActOneStep(page, 1);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('P')]);
    await expect(presenter).toHaveURL(presenterAt('en', 'act/1'));
    const nowLabel = presenter.locator('#presenter-now-label');
    const now = (step, total) => `${t('en', 'controls.presenter_now')} · ${t('en', 'app.step', { current: step, total })}`;
    await expect(nowLabel).toHaveText(now(1, 3));
    // The presenter sees the whole screen: every step, the questions and the notes.
    await expect(presenter.locator('.discussion__questions li')).toHaveCount(3);
    await expect(presenter.getByText(t('en', 'act1.line1'))).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(presenterAt('en', 'act/1/2'));
    await expect(nowLabel).toHaveText(now(2, 3));
    await presenter.keyboard.press('Space');
    await expectActOneStep(page, 3);
    await expect(presenter).toHaveURL(presenterAt('en', 'act/1/3'));
    await expect(nowLabel).toHaveText(now(3, 3));
    await presenter.keyboard.press('PageDown');
    await expectPlace(page, 'en', 'act/2', 1, 3);
    await expect(presenter).toHaveURL(presenterAt('en', 'act/2'));
    await expect(heading(presenter)).toHaveText(t('en', 'act2.title'));
    await page.keyboard.press('ArrowLeft');
    await expect(presenter).toHaveURL(presenterAt('en', 'act/1/3'));
    await expect(heading(presenter)).toHaveText(t('en', 'act1.title'));
    await presenter.keyboard.press('PageUp');
    await expectActOneStep(page, 2);
    await expect(presenter).toHaveURL(presenterAt('en', 'act/1/2'));
    // The now preview is the projector's step.
    const nowStage = presenter.frameLocator('.presenter__preview:not(.presenter__preview--next) iframe').locator('article.screen');
    await expect(nowStage).toHaveAttribute('data-screen', 'act/1');
    await expect(nowStage).toHaveAttribute('data-step', '1');
  });

  test('P opens the presenter on the step the room sees', async ({ page, context }) => {
    await page.goto('./#/en/act/1/2');
    await expectActOneStep(page, 2);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(heading(presenter)).toHaveText(t('en', 'act1.title'));
    await expect(presenter).toHaveURL(presenterAt('en', 'act/1/2'));
    await expect(presenter.locator('#presenter-now-label'))
      .toHaveText(`${t('en', 'controls.presenter_now')} · ${t('en', 'app.step', { current: 2, total: 3 })}`);
    await expect(presenter.locator('.presenter__preview--next iframe')).toHaveAttribute('src', /\?preview#\/en\/act\/1\/3$/);
    await expectActOneStep(page, 2);
  });

  test('on the last step of the last screen, the presenter says there is no next', async ({ page, context }) => {
    await page.goto('./#/en/summary');
    await expectPlace(page, 'en', 'summary', 1, SUMMARY_PAGES);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter).toHaveURL(presenterAt('en', 'summary'));
    const end = presenter.locator('.presenter__end');
    await expect(end).toBeHidden();
    await expect(presenter.locator('.presenter__preview--next iframe')).toHaveAttribute('src', /\?preview#\/en\/summary\/2$/);
    await page.keyboard.press('End');
    for (let page_ = 1; page_ < SUMMARY_PAGES; page_ += 1) await page.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(presenterAt('en', `summary/${SUMMARY_PAGES}`));
    await expect(end).toBeVisible();
    await expect(end).toHaveText(t('en', 'controls.presenter_end'));
  });
});
