// A facilitator's walk through the workshop, in a real browser, against the release build
// served from a subpath.
import { test, expect } from './fixtures.mjs';
import { LANGS, SCREEN_COUNT, bundles, t } from './locales.mjs';
import { blockLocalStorage, seedStoredNotesOnce } from './storage-setup.mjs';
import { SUMMARY_PAGES, expectPlace, walkEveryStep } from './stepping.mjs';

const heading = (page) => page.locator('#screen-heading');

for (const lang of LANGS) {
  test(`walks every step of every screen in ${lang} with the Next button`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`./#/${lang}/`);
    const texts = new Set(Object.values(bundles[lang]));
    const seen = [];
    const next = page.locator('a.pager__link--next');
    const totals = await walkEveryStep(page, lang, () => next.click(), async () => {
      // The stage names the new screen (walkEveryStep waited for it) before its title is read.
      if (seen.length) await expect(heading(page)).not.toHaveText(seen[seen.length - 1]);
      await expect(heading(page)).toBeVisible();
      const title = (await heading(page).textContent()).trim();
      expect(texts.has(title), `"${title}" comes from locales/${lang}.json`).toBe(true);
      expect(seen).not.toContain(title);
      seen.push(title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(new URL(page.url()).hash.startsWith(`#/${lang}/`)).toBe(true);
      await expect(page).toHaveTitle(t(lang, 'app.document_title', { screen: title }));
    });
    expect(seen).toHaveLength(SCREEN_COUNT);
    // An act shows its scene, its lines, then its questions; the summary, the last screen, has
    // pages of an empty session as its steps, and Next ends on its last.
    expect(totals['act/1']).toBe(3);
    expect(totals.summary).toBe(SUMMARY_PAGES);
    await expect(next).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('the splash shows before the app and is gone once it has mounted', async ({ page }) => {
  // The splash as the server sends it, before any script has run.
  const response = await page.request.get('./');
  expect(await response.text()).toMatch(/id="?splash"?[ >]/);
  await page.goto('./#/en/act/1');
  await expect(heading(page)).toHaveText(t('en', 'act1.title'));
  await expect(page.locator('#splash')).toHaveCount(0);
  await expect(page.locator('.app')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says, in each language, that the workshop needs JavaScript', async ({ page }) => {
    await page.goto('./');
    for (const [lang, words] of [['en', 'needs JavaScript'], ['nl', 'JavaScript nodig'], ['fr', 'besoin de JavaScript']]) {
      await expect(page.locator(`.no-script[lang="${lang}"]`)).toContainText(words);
    }
    await expect(page.locator('.splash__icon')).toBeVisible();
  });
});

test('the opening screen credits the play and its inspiration', async ({ page }) => {
  await page.goto('./#/en/');
  await expect(page.locator('svg[role="img"]')).toHaveAttribute('aria-label', t('en', 'opening.boat'));
  // The credits are on the opening's second step.
  await page.goto('./#/en/2');
  const credit = page.locator('.screen__text', { hasText: 'Rochefolle' });
  await expect(credit).toContainText('Christophe Rochefolle');
  await expect(credit).toContainText('Patrick Debois');
  await expect(credit).toContainText('Paris JUG');
});

test('every act and deck section asks questions and suggests a timebox', async ({ page }) => {
  // The questions are the last step of a screen that has them.
  await page.goto('./#/fr/act/2/3');
  await expect(page.locator('.discussion__questions li')).toHaveCount(3);
  await expect(page.locator('.discussion__timebox')).toHaveText(t('fr', 'app.timebox', { minutes: 10 }));
  await page.goto('./#/fr/deck/pillar/3/3');
  await expect(page.locator('.discussion__questions li')).toHaveCount(2);
  await expect(page.locator('.discussion__questions li').first()).toHaveText(t('fr', 'deck.pillar3.q1'));
});

test('a deep link survives a reload, and back and forward', async ({ page }) => {
  await page.goto('./#/nl/act/2/3');
  await expect(heading(page)).toHaveText(t('nl', 'act2.title'));
  await expectPlace(page, 'nl', 'act/2', 3, 3);
  await page.reload();
  await expect(heading(page)).toHaveText(t('nl', 'act2.title'));
  await expectPlace(page, 'nl', 'act/2', 3, 3);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.locator('.pager__link--next').click();
  await expect(heading(page)).toHaveText(t('nl', 'act3.title'));
  await expectPlace(page, 'nl', 'act/3', 1, 3);
  await page.goBack();
  await expect(heading(page)).toHaveText(t('nl', 'act2.title'));
  await expectPlace(page, 'nl', 'act/2', 3, 3);
  await page.goForward();
  await expect(heading(page)).toHaveText(t('nl', 'act3.title'));
  await expectPlace(page, 'nl', 'act/3', 1, 3);
});

test('arrow keys move between screens but not while typing a note', async ({ page }) => {
  // From act 1's last step, the next move is to act 2.
  await page.goto('./#/en/act/1/3');
  await expect(heading(page)).toHaveText(t('en', 'act1.title'));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/en\/act\/2$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/en\/act\/1\/3$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/en\/act\/2$/);
  // Act 2's notes are on its last step, its questions.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/en\/act\/2\/3$/);
  const notes = page.getByRole('textbox', { name: t('en', 'app.notes_label', { screen: t('en', 'act2.title') }) });
  await notes.click();
  await notes.pressSequentially('abc');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/en\/act\/2\/3$/);
  await expect(notes).toHaveValue('abc');
});

test('an unknown route explains itself and leads back', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./#/en/act/99');
  await expect(heading(page)).toHaveText(t('en', 'not_found.title'));
  await expect(page.locator('.screen--not-found')).toContainText('#/en/act/99');
  await page.getByRole('link', { name: t('en', 'not_found.back') }).click();
  await expect(heading(page)).toHaveText(t('en', 'opening.title'));

  await page.goto('./#/xx/<b>bold</b>');
  await expect(heading(page)).toBeVisible();
  await expect(page.locator('.screen--not-found b')).toHaveCount(0);
  await expect(page.locator('.screen--not-found')).toContainText('<b>bold</b>');
  expect(errors).toEqual([]);
});

test.describe('language', () => {
  test('a first visit follows the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/#\/fr\/$/);
    await expect(heading(page)).toHaveText(t('fr', 'opening.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await context.close();
  });

  test('an unsupported browser language falls back to English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/#\/en\/$/);
    await context.close();
  });

  test('the switcher keeps the screen, and the choice persists', async ({ page }) => {
    await page.goto('./#/en/deck/why');
    await page.locator('.language-switch a[hreflang="nl"]').click();
    await expect(page).toHaveURL(/#\/nl\/deck\/why$/);
    await expect(heading(page)).toHaveText(t('nl', 'deck.why.title'));
    await expect(page.locator('.language-switch a[aria-current="true"]')).toHaveAttribute('hreflang', 'nl');
    await page.goto('./');
    await expect(page).toHaveURL(/#\/nl\/$/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

test.describe('notes', () => {
  const notesField = (page, lang, titleKey) =>
    page.getByRole('textbox', { name: t(lang, 'app.notes_label', { screen: t(lang, titleKey) }) });

  test('a note is saved as you type and is there after a reload', async ({ page }) => {
    await page.goto('./#/en/act/1/3');
    const field = notesField(page, 'en', 'act1.title');
    await field.fill('Speed cost us a weekend of firefighting.');
    await expect(page.locator('.save-status')).toHaveText(t('en', 'app.saved'));
    await expect(page.locator('.save-status')).toHaveAttribute('aria-live', 'polite');
    await page.reload();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('Speed cost us a weekend of firefighting.');
  });

  test('each act keeps its own notes, in every language', async ({ page }) => {
    await page.goto('./#/en/act/1/3');
    await notesField(page, 'en', 'act1.title').fill('one');
    await page.goto('./#/en/act/2/3');
    await expect(notesField(page, 'en', 'act2.title')).toHaveValue('');
    await notesField(page, 'en', 'act2.title').fill('two');
    await page.goto('./#/fr/act/1/3');
    await expect(notesField(page, 'fr', 'act1.title')).toHaveValue('one');
  });

  test('a note that looks like HTML stays text', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto('./#/en/act/3/3');
    await notesField(page, 'en', 'act3.title').fill(payload);
    await page.reload();
    await expect(notesField(page, 'en', 'act3.title')).toHaveValue(payload);
    await expect(page.locator('img')).toHaveCount(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  test('without localStorage the app runs, says so, and keeps the text on screen', async ({ page }) => {
    await blockLocalStorage(page);
    await page.goto('./#/en/act/1/3');
    await expect(page.locator('.storage-banner')).toHaveText(t('en', 'app.banner_unavailable'));
    const field = notesField(page, 'en', 'act1.title');
    await field.fill('kept in memory');
    await expect(page.locator('.save-status')).toHaveText(t('en', 'app.not_saved_unavailable'));
    await page.locator('.pager__link--next').click();
    await page.locator('.pager__link--previous').click();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('kept in memory');
  });

  test('unreadable stored notes are kept untouched before anything is written', async ({ page }) => {
    const garbage = '{"version":1,"notes":{"act/1":"half a wri';
    await seedStoredNotesOnce(page, garbage);
    await page.goto('./#/en/act/1/3');
    const banner = page.locator('.storage-banner');
    await expect(banner).toContainText(
      t('en', 'app.banner_unreadable', { key: 'devops-workshop.notes.unreadable' }),
    );
    expect(await page.evaluate(() => localStorage.getItem('devops-workshop.notes.unreadable'))).toBe(garbage);
    await notesField(page, 'en', 'act1.title').fill('fresh start');
    await expect(page.locator('.save-status')).toHaveText(t('en', 'app.saved'));
    expect(await page.evaluate(() => localStorage.getItem('devops-workshop.notes.unreadable'))).toBe(garbage);
    await page.reload();
    await expect(notesField(page, 'en', 'act1.title')).toHaveValue('fresh start');
  });
});
