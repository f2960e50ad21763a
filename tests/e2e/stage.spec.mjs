// The stage rule: every step of every screen fits the window with no scrolling, at the sizes
// meeting-room projectors have, in every language, with the notes empty and full; its text is
// large enough to read from the back of the room (the character-weighted median and the
// smallest, measured by geometry), and grows with the window.
import { test, expect } from './fixtures.mjs';
import { LANGS, SCREEN_PATHS, stepPath } from './locales.mjs';
import { BODY_TEXT_SELECTORS, SIZES, lowestControl, measureFit, measureText, prepareFit } from './stage-fit.mjs';

/** 2,000 characters of notes, in lines as a team types them. */
const LONG_NOTES = Array.from({ length: 40 }, (_, i) => `Point ${String(i + 1).padStart(2, '0')}: we agreed on this.`).join('\n').slice(0, 2000);

/** Shows step `step` of the screen at `path`, and returns how many steps it has. */
async function show(page, lang, path, step = 1) {
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/${lang}/${stepPath(path, step)}`);
  const screen = page.locator('article.screen');
  await expect(screen).toHaveAttribute('data-screen', path);
  await expect(screen).toHaveAttribute('data-step', String(step - 1));
  // Let the layout settle (fonts, the drawings' labels).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const count = await page.locator('.steps__count').textContent().catch(() => null);
  return count ? Number(count.split('/')[1]) : 1;
}

for (const size of SIZES) {
  test(`every step fits ${size.width}×${size.height} with text large enough, in every language, notes empty and full`, async ({ page }) => {
    test.setTimeout(480_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await prepareFit(page);
    await page.goto('./#/en/');
    const failures = [];
    const matched = new Set();
    let steps = 0;
    for (const notes of ['', LONG_NOTES]) {
      for (const lang of LANGS) {
        for (const path of SCREEN_PATHS) {
          let count = 1;
          for (let step = 1; step <= count; step += 1) {
            count = await show(page, lang, path, step);
            steps += 1;
            const field = page.locator('.notes__field');
            if (notes && (await field.count()) > 0) await field.fill(notes);
            const { problems, bodyHits } = await page.evaluate(measureFit);
            for (const [selector, hits] of Object.entries(bodyHits)) if (hits > 0) matched.add(selector);
            const where = `${lang}/${stepPath(path, step) || '(opening)'} ${notes ? 'with notes' : 'empty'}`;
            for (const problem of problems) failures.push(`${where}: ${problem}`);
            const text = await page.evaluate(measureText);
            if (text.chars === 0) failures.push(`${where}: no text found on the stage`);
            if (text.median < size.median) failures.push(`${where}: median text of ${text.median?.toFixed(1)} px`);
            if (text.smallest && text.smallest.size < size.smallest) {
              failures.push(`${where}: text of ${text.smallest.size.toFixed(1)} px (“${text.smallest.text}”)`);
            }
            // Fields and choices: at least 40 px tall at 1280×720, and as much larger as the text.
            const control = await page.evaluate(lowestControl);
            const least = (40 * size.median) / 28;
            if (control && control.height < least) {
              failures.push(`${where}: ${control.what} is ${control.height.toFixed(1)} px tall, under ${least.toFixed(1)}`);
            }
          }
        }
      }
    }
    // Every screen has at least one step more than its own, somewhere: the walk saw the steps.
    expect(steps).toBeGreaterThan(2 * LANGS.length * SCREEN_PATHS.length);
    // A selector that matches nothing checks nothing: every one must find its text somewhere.
    expect(BODY_TEXT_SELECTORS.filter((selector) => !matched.has(selector)), 'body text selectors that found nothing').toEqual([]);
    expect(failures).toEqual([]);
  });
}

test('the stage text is the same share of the picture at 3840×2160 as at 1280×720, and so are the drawings', async ({ page }) => {
  test.setTimeout(120_000);
  await prepareFit(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/en/');
  const failures = [];
  for (const lang of LANGS) {
    for (const path of SCREEN_PATHS) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await show(page, lang, path);
      const small = { ...(await page.evaluate(measureFit)), ...(await page.evaluate(measureText)) };
      await page.setViewportSize({ width: 3840, height: 2160 });
      await show(page, lang, path);
      const large = { ...(await page.evaluate(measureFit)), ...(await page.evaluate(measureText)) };
      // Three times the window, three times the text: 2.8 allows for rounding.
      if (large.median < 2.8 * small.median) {
        failures.push(`${lang}/${path}: median text ${large.median} px at 4K, ${small.median} px at 1280×720`);
      }
      small.drawings.forEach((w, i) => {
        if (large.drawings[i] < 2.5 * w) failures.push(`${lang}/${path}: drawing ${i} is ${large.drawings[i]} px wide at 4K, ${w} px at 1280×720`);
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

test('the presenter window starts with both previews whole at 1280×800 and up, each showing the stage fitted', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('./#/en/act/1/2');
  await expect(page.locator('article.screen')).toHaveAttribute('data-step', '1');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  const failures = [];
  for (const size of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    await presenter.setViewportSize(size);
    for (const [path, screen] of [['act/1/2', 'act/1'], ['deck/dora/3', 'deck/dora'], ['summary', 'summary']]) {
      await page.evaluate((hash) => { window.location.hash = hash; }, `#/en/${path}`);
      const frames = presenter.locator('.presenter__preview iframe');
      await expect(frames).toHaveCount(2);
      for (const [index, frame] of (await frames.all()).entries()) {
        const box = await frame.boundingBox();
        const where = `${size.width}×${size.height} ${path}, preview ${index + 1}`;
        if (!box || box.width < 200) failures.push(`${where}: preview not shown (${JSON.stringify(box)})`);
        else if (box.y + box.height > size.height || box.x + box.width > size.width) {
          failures.push(`${where}: runs out of the window: ${JSON.stringify(box)}`);
        }
      }
      // The page itself does not scroll to show them: they are at the top, whole.
      const top = await presenter.locator('.presenter__previews').evaluate((el) => el.getBoundingClientRect().bottom);
      if (top > size.height) failures.push(`${size.width}×${size.height} ${path}: the previews end at ${top}`);
      // In the preview, the projector's stage fits its frame as on the projector.
      const inner = presenter.frameLocator('.presenter__preview:not(.presenter__preview--next) iframe');
      await expect(inner.locator('article.screen')).toHaveAttribute('data-screen', screen);
      const scrolls = await inner.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1);
      if (scrolls) failures.push(`${size.width}×${size.height} ${path}: the preview of the stage scrolls`);
    }
  }
  expect(failures).toEqual([]);
});
