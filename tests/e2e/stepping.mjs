// Helpers for screens shown in steps: where the stage is, and a walk through every step.
import { expect } from './fixtures.mjs';
import { SCREEN_COUNT, SCREEN_PATHS, stepPath } from './locales.mjs';

/** The stage's screen: `<article class="screen" data-screen=… data-step=…>`. */
export const stage = (page) => page.locator('article.screen[data-screen]');

/** The "2 / 3" of the screen's steps (absent on a screen of one step). */
export const stepCount = (page) => stage(page).locator('.steps__count');

/** A regular expression for a hash that ends at step `step` (from 1) of `path` in `lang`. */
export function placeUrl(lang, path, step = 1) {
  const escaped = stepPath(path, step).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`#(?:/presenter/[a-z0-9]+)?/${lang}/${escaped}$`);
}

/** Waits until `page` shows step `step` (from 1) of the screen at `path`: its address, the
 * stage's data-screen and data-step, and, when the screen has `total` > 1 steps, "step / total". */
export async function expectPlace(page, lang, path, step = 1, total) {
  await expect(page).toHaveURL(placeUrl(lang, path, step));
  await expect(stage(page)).toHaveAttribute('data-screen', path);
  await expect(stage(page)).toHaveAttribute('data-step', String(step - 1));
  if (total === 1) await expect(stepCount(page)).toHaveCount(0);
  else if (total !== undefined) await expect(stepCount(page)).toHaveText(`${step} / ${total}`);
}

/** How many steps the screen shown has, from its "n / N" (1 without one). Call it once the
 * stage shows the screen wanted. */
export async function stepTotal(page) {
  if ((await stepCount(page).count()) === 0) return 1;
  const text = (await stepCount(page).textContent()).trim();
  const match = /^(\d+) \/ (\d+)$/.exec(text);
  expect(match, `"${text}" reads "n / N"`).not.toBeNull();
  return Number(match[2]);
}

/** Walks every step of every screen in `lang` from the opening's first, with `next(page)` (a
 * click or a key). At each screen's first step it calls `onScreen(index, path)` (index from
 * 1), and checks at every step that the address, the stage and "n / N" name it, and that the
 * pager still counts screens. Returns each screen's number of steps, by path. */
export async function walkEveryStep(page, lang, next, onScreen = async () => {}) {
  const totals = {};
  for (let index = 1; index <= SCREEN_COUNT; index += 1) {
    const path = SCREEN_PATHS[index - 1];
    await expectPlace(page, lang, path, 1);
    await expect(page.locator('.pager__count')).toHaveText(`${index} / ${SCREEN_COUNT}`);
    await onScreen(index, path);
    const total = await stepTotal(page);
    totals[path] = total;
    if (total > 1) await expect(stepCount(page)).toHaveText(`1 / ${total}`);
    for (let step = 2; step <= total; step += 1) {
      await next(page);
      await expectPlace(page, lang, path, step, total);
      await expect(page.locator('.pager__count')).toHaveText(`${index} / ${SCREEN_COUNT}`);
    }
    if (index < SCREEN_COUNT) await next(page);
  }
  return totals;
}

/** The summary's pages in an empty session: one for the cast and the show of hands, then one for
 * each other exercise (src/exercises/summary.rs, EXERCISE_PAGES). */
export const SUMMARY_PAGES = 6;
