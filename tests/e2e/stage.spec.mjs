// The stage rule: every screen fits the window with no scrolling, at the sizes meeting-room
// projectors have, in every language, with the notes empty and full; body text is large enough
// to read from the back of the room, and grows with the window.
import { test, expect } from './fixtures.mjs';
import { LANGS, SCREEN_PATHS } from './locales.mjs';
import { BODY_TEXT_SELECTORS, SIZES, measureFit, prepareFit } from './stage-fit.mjs';

/** 2,000 characters of notes, in lines as a team types them. */
const LONG_NOTES = Array.from({ length: 40 }, (_, i) => `Point ${String(i + 1).padStart(2, '0')}: we agreed on this.`).join('\n').slice(0, 2000);

async function show(page, lang, path) {
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/${lang}/${path}`);
  await expect(page.locator('article.screen')).toHaveAttribute('data-screen', path);
  // Let the layout settle (fonts, the drawings' labels).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const size of SIZES) {
  test(`every screen fits ${size.width}×${size.height} in every language, notes empty and full`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await prepareFit(page);
    await page.goto('./#/en/');
    const failures = [];
    const matched = new Set();
    for (const notes of ['', LONG_NOTES]) {
      for (const lang of LANGS) {
        for (const path of SCREEN_PATHS) {
          await show(page, lang, path);
          const field = page.locator('.notes__field');
          if (notes && (await field.count()) > 0) await field.fill(notes);
          const { problems, smallest, bodyHits } = await page.evaluate(measureFit);
          for (const [selector, hits] of Object.entries(bodyHits)) if (hits > 0) matched.add(selector);
          const where = `${lang}/${path || '(opening)'} ${notes ? 'with notes' : 'empty'}`;
          for (const problem of problems) failures.push(`${where}: ${problem}`);
          if (smallest !== null && smallest < size.minBody) failures.push(`${where}: body text of ${smallest.toFixed(1)} px`);
        }
      }
    }
    // A selector that matches nothing checks nothing: every one must find its text somewhere.
    expect(BODY_TEXT_SELECTORS.filter((selector) => !matched.has(selector)), 'body text selectors that found nothing').toEqual([]);
    expect(failures).toEqual([]);
  });
}

test('at 3840×2160 body text and drawings are at least twice their size at 1280×720', async ({ page }) => {
  test.setTimeout(120_000);
  await prepareFit(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/en/');
  const failures = [];
  for (const lang of LANGS) {
    for (const path of SCREEN_PATHS) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await show(page, lang, path);
      const small = await page.evaluate(measureFit);
      await page.setViewportSize({ width: 3840, height: 2160 });
      await show(page, lang, path);
      const large = await page.evaluate(measureFit);
      if (small.smallest !== null && large.smallest < 2 * small.smallest) {
        failures.push(`${lang}/${path}: body text ${large.smallest} px at 4K, ${small.smallest} px at 1280×720`);
      }
      small.drawings.forEach((w, i) => {
        if (large.drawings[i] < 1.8 * w) failures.push(`${lang}/${path}: drawing ${i} is ${large.drawings[i]} px wide at 4K, ${w} px at 1280×720`);
      });
    }
  }
  expect(failures).toEqual([]);
});

/** Runs in the page: what of the open dialog does not fit the window, or scrolls inside it. */
function measureDialog() {
  const problems = [];
  const dialog = document.querySelector('dialog[open]');
  if (!dialog) return ['no dialog is open'];
  const box = dialog.getBoundingClientRect();
  if (box.top < -1 || box.left < -1 || box.bottom > innerHeight + 1 || box.right > innerWidth + 1) {
    problems.push(`the dialog is outside the window: ${Math.round(box.top)} to ${Math.round(box.bottom)}`);
  }
  for (const el of [dialog, ...dialog.querySelectorAll('*')]) {
    if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible' && el.tagName !== 'TEXTAREA') {
      problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} scrolls (${el.scrollHeight} > ${el.clientHeight})`);
    }
  }
  return problems;
}

for (const size of SIZES) {
  test(`the overview and the help fit ${size.width}×${size.height} in every language`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const failures = [];
    for (const lang of LANGS) {
      await page.goto(`./#/${lang}/act/2`);
      await expect(page.locator('article.screen')).toHaveAttribute('data-screen', 'act/2');
      for (const key of ['o', '?']) {
        await page.keyboard.press(key);
        await expect(page.locator('dialog[open]')).toBeVisible();
        for (const problem of await page.evaluate(measureDialog)) failures.push(`${lang} ${key}: ${problem}`);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      }
    }
    expect(failures).toEqual([]);
  });
}
