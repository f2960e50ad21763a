// Start-up: the texts of the language a visit starts in are requested while the wasm loads,
// once, and no other language's are.
import { test, expect } from './fixtures.mjs';
import { t } from './locales.mjs';

/** Runs in the page: the requests for a language's texts, and for the wasm, by their times. */
function requests() {
  const entries = performance.getEntriesByType('resource');
  const texts = entries.filter((e) => /\/locales\/[a-z]+\.json/.test(e.name));
  const wasm = entries.find((e) => e.name.endsWith('.wasm'));
  return {
    texts: texts.map((e) => ({ name: new URL(e.name).pathname.split('/').pop(), start: e.startTime })),
    wasmEnd: wasm?.responseEnd ?? null,
  };
}

for (const [url, lang, why] of [
  ['./#/fr/act/1', 'fr', 'the URL'],
  ['./#/presenter/abc123/nl/act/1', 'nl', "the presenter's URL"],
]) {
  test(`the texts of ${why}'s language are fetched while the wasm loads, once`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('#screen-heading')).toHaveText(t(lang, 'act1.title'));
    const { texts, wasmEnd } = await page.evaluate(requests);
    expect(texts.map((e) => e.name)).toEqual([`${lang}.json`]);
    expect(wasmEnd).not.toBeNull();
    expect(texts[0].start).toBeLessThan(wasmEnd);
  });
}

test('a bare visit preloads the language chosen last time, else the browser\'s', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('#screen-heading')).toHaveText(t('nl', 'opening.title'));
  expect((await page.evaluate(requests)).texts.map((e) => e.name)).toEqual(['nl.json']);
  // Chosen last time: French, whatever the browser says.
  await page.goto('./#/fr/act/1');
  await expect(page.locator('#screen-heading')).toHaveText(t('fr', 'act1.title'));
  await page.goto('about:blank');
  await page.goto('./');
  await expect(page.locator('#screen-heading')).toHaveText(t('fr', 'opening.title'));
  expect((await page.evaluate(requests)).texts.map((e) => e.name)).toEqual(['fr.json']);
  await context.close();
});
