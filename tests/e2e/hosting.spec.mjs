// The build as a static host serves it: from a subpath and from the root, with no rewrites,
// and with notes that outlive the browser itself.
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.mjs';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC_URL_DIST, PUBLIC_URL_PORT, ROOT_PORT } from '../../playwright.config.mjs';
import { t } from './locales.mjs';
import { expectPlace, walkEveryStep } from './stepping.mjs';

test('the same build works from the root of a host', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${ROOT_PORT}/#/fr/deck/team`);
  await expect(page.locator('#screen-heading')).toHaveText(t('fr', 'deck.team.title'));
  await page.locator('a.pager__link--previous').click();
  // Back into the screen before: its last step (of five).
  await expect(page).toHaveURL(`http://127.0.0.1:${ROOT_PORT}/#/fr/deck/pillars/check/5`);
  await expect(page.locator('#screen-heading')).toHaveText(t('fr', 'deck.pillars_check.title'));
});

test('a build with an absolute public URL (trunk build --public-url /workshop/) works as the relative one', async ({ page }) => {
  test.skip(!PUBLIC_URL_DIST, 'E2E_PUBLIC_URL_DIST names no such build (scripts/test.sh makes one)');
  const base = `http://127.0.0.1:${PUBLIC_URL_PORT}/workshop/`;
  // The build links its files by absolute path, as Trunk's --public-url asks.
  expect(readFileSync(join(PUBLIC_URL_DIST, 'index.html'), 'utf8')).toMatch(/from '\/workshop\/devops-workshop-[0-9a-f]+\.js'/);
  await page.goto(`${base}#/en/`);
  const totals = await walkEveryStep(page, 'en', () => page.keyboard.press('ArrowRight'));
  await expect(page.locator('#screen-heading')).toHaveText(t('en', 'close.summary.title'));
  // Back past the summary's pages and the plan's steps to the last screen with notes, on its
  // last step.
  for (let press = 0; press < totals.summary - 1 + totals.plan + 1; press += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#screen-heading')).toHaveText(t('en', 'deck.team.title'));
  await expectPlace(page, 'en', 'deck/team', totals['deck/team'], totals['deck/team']);
  await page.locator('.notes__field').fill('Saved from the absolute build.');
  await expect(page.locator('.save-status')).toHaveText(t('en', 'app.saved'));
  await page.reload();
  await expect(page.locator('.notes__field')).toHaveValue('Saved from the absolute build.');
  // The service worker of this build controls the page under the same path.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base);
});

test('one stylesheet carries the rules of every style source, in order', async ({ page }) => {
  await page.goto('./#/en/act/1');
  await expect(page.locator('#screen-heading')).toHaveText(t('en', 'act1.title'));
  // For each file in style/, the first plain class rule (e.g. `.session-controls {`, at any
  // depth) that no other file has.
  const sources = readdirSync('style').filter((name) => name.endsWith('.css'));
  const rulesOf = (name) => [...readFileSync(join('style', name), 'utf8').matchAll(/^\s*(\.[a-z][\w-]*) \{/gm)].map((m) => m[1]);
  const firstRules = sources.map((name) => rulesOf(name).find((rule) => sources.every((other) => other === name || !rulesOf(other).includes(rule))));
  expect(firstRules.every(Boolean)).toBe(true);
  const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => {
    const selectors = [];
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule.selectorText) selectors.push(rule.selectorText);
        if (rule.cssRules) walk(rule.cssRules);
      }
    };
    walk(sheet.cssRules);
    return selectors;
  }));
  expect(sheets).toHaveLength(1);
  for (const selector of firstRules) expect(sheets[0], selector).toContain(selector);
  // In the order style/app.scss lists them: main.css before the files that build on it.
  const entry = readFileSync('style/app.scss', 'utf8');
  const order = [...entry.matchAll(/^@use "([\w-]+)";/gm)].map((m) => `${m[1]}.css`);
  expect(order.length).toBe(sources.length);
  const positions = order.map((name) => sheets[0].indexOf(firstRules[sources.indexOf(name)]));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

test('a host that sends precompressed files sends brotli or zopfli gzip, and they are the built files', async ({ page, request, baseURL }) => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const encodings = new Map();
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop();
    if (/\.(wasm|js|css)$/.test(name)) encodings.set(name, response.headers()['content-encoding']);
  });
  await page.goto('./#/en/act/1');
  await expect(page.locator('#screen-heading')).toHaveText(t('en', 'act1.title'));
  const loaded = [...encodings.keys()];
  expect(loaded.filter((name) => name.endsWith('.wasm'))).toHaveLength(1);
  for (const name of loaded) expect(encodings.get(name), name).toBe('br');

  const index = await request.get('./', { headers: { 'accept-encoding': 'gzip' } });
  expect(index.headers()['content-encoding']).toBe('gzip');
  for (const name of [...loaded, 'index.html', 'sw.js']) {
    for (const accept of ['gzip', 'br', 'identity']) {
      const response = await request.get(`${baseURL}${name}`, { headers: { 'accept-encoding': accept } });
      expect(response.status(), `${name} as ${accept}`).toBe(200);
      expect(response.headers()['content-encoding'], `${name} as ${accept}`).toBe(accept === 'identity' ? undefined : accept);
      // Playwright decodes the body: whatever was sent, it is the built file.
      expect(Buffer.compare(await response.body(), readFileSync(join(dist, name))), `${name} as ${accept}`).toBe(0);
    }
  }
});

test('the server has no rewrites: an unknown file is a 404, not the app', async ({ request, baseURL }) => {
  const response = await request.get(`${baseURL}act/1`);
  expect(response.status()).toBe(404);
});

test('notes survive closing and reopening the browser', async ({ baseURL }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'workshop-profile-'));
  const options = { ...testInfo.project.use.launchOptions, headless: true };
  const field = (page) =>
    page.getByRole('textbox', { name: t('en', 'app.notes_label', { screen: t('en', 'final_act.title') }) });
  try {
    let context = await chromium.launchPersistentContext(profile, options);
    let page = await context.newPage();
    // The notes are on the act's last step, with its questions.
    await page.goto(`${baseURL}#/en/act/final/3`);
    await field(page).fill('Ops joins the sprint review from now on.');
    await expect(page.locator('.save-status')).toHaveText(t('en', 'app.saved'));
    await context.close();

    context = await chromium.launchPersistentContext(profile, options);
    page = await context.newPage();
    await page.goto(`${baseURL}#/en/act/final/3`);
    await expect(field(page)).toHaveValue('Ops joins the sprint review from now on.');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
