// The strict Content-Security-Policy of the release build holds while a facilitator walks every
// screen: nothing is blocked, and nothing is fetched from anywhere but the app's own origin.
import { test, expect } from './fixtures.mjs';
import { LANGS, SCREEN_COUNT, t } from './locales.mjs';
import { walkEveryStep } from './stepping.mjs';

const heading = (page) => page.locator('#screen-heading');

test('the page carries a strict policy and no referrer', async ({ page }) => {
  await page.goto('./#/en/');
  await expect(heading(page)).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src'].slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives['script-src'].slice(2).length).toBeGreaterThan(0);
  for (const source of directives['script-src'].slice(2)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(directives['style-src']).toEqual(["'self'"]);
  expect(directives['img-src']).toEqual(["'self'", 'data:']);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'self'"]);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

for (const lang of LANGS) {
  test(`walking every step of every screen in ${lang} breaks no policy and stays on the origin`, async ({ page, context }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const requests = [];
    // The context sees the service worker's own fetches (its precache) as well as the page's.
    context.on('request', (request) => requests.push(request.url()));
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto(`./#/${lang}/`);
    // Every step of every screen: each shows blocks the others do not.
    const next = page.locator('a.pager__link--next');
    const totals = await walkEveryStep(page, lang, () => next.click(), async () => {
      await expect(heading(page)).toBeVisible();
    });
    expect(Object.keys(totals)).toHaveLength(SCREEN_COUNT);
    await expect(next).toHaveCount(0);
    // A policy breach is reported asynchronously; give the last screen's a moment to arrive.
    await page.waitForTimeout(100);

    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
    const origin = new URL(page.url()).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await expect(page).toHaveTitle(t(lang, 'app.document_title', { screen: (await heading(page).textContent()).trim() }));
  });
}
