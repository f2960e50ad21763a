// Offline and updates, in a real browser, against the release build under /workshop/.
//
// Each test serves its own copy of the build from its own server, so that it can take the
// network away for real (the server is closed *and* the context goes offline) and can deploy a
// new version over the old one.
import { test, expect } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startStaticServer } from './static-server.mjs';
import { t } from './locales.mjs';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const heading = (page) => page.locator('#screen-heading');
const notesField = (page, lang, titleKey) =>
  page.getByRole('textbox', { name: t(lang, 'app.notes_label', { screen: t(lang, titleKey) }) });

/** A copy of the build, served at http://127.0.0.1:<port>/workshop/ until `stop()`. */
async function deploy() {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-offline-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await startStaticServer(dir, '/workshop/', 0);
  const url = `http://127.0.0.1:${server.address().port}/workshop/`;
  const stop = () => new Promise((done) => {
    server.closeAllConnections();
    server.close(done);
  });
  return { dir, url, stop, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `text` to `path` with its precompressed copies, as a build writes its files. */
function writeBuilt(path, text) {
  writeFileSync(path, text);
  writeFileSync(`${path}.gz`, gzipSync(text));
  writeFileSync(`${path}.br`, brotliCompressSync(text));
}

/** Deploys a new version over `dir`: a new worker version and a marker in index.html. */
function deployNewVersion(dir, marker) {
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const version = /const VERSION = "([0-9a-f]+)";/.exec(sw);
  expect(version, 'sw.js names its version').not.toBeNull();
  const next = `${version[1].slice(0, -4)}beef`;
  writeBuilt(swPath, sw.replace(version[0], `const VERSION = "${next}";`));
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  writeBuilt(indexPath, html.replace('<title>', `<meta name="x-deploy" content="${marker}" />\n    <title>`));
  return { previous: version[1], next };
}

/** Waits until a service worker controls the page, reloading once if the first load was not. */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, the app, the languages shown and the notes work offline', async ({ browser }) => {
  const site = await deploy();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    // Act 1's last step, its questions and notes.
    await page.goto(`${site.url}#/en/act/1/3`);
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    await waitForServiceWorker(page);
    // Dutch is shown once while online: its texts are kept. French never is.
    await page.locator('.language-switch a[hreflang="nl"]').click();
    await expect(heading(page)).toHaveText(t('nl', 'act1.title'));
    await page.locator('.language-switch a[hreflang="en"]').click();
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));

    await site.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));
    expect(new URL(page.url()).pathname).toBe('/workshop/');

    // A language never shown here is not: the page says so and stays as it is.
    await page.locator('.language-switch a[hreflang="fr"]').click();
    await expect(page.getByRole('alert')).toHaveText(t('en', 'app.lang_unavailable', { language: 'Français' }));
    await expect(heading(page)).toHaveText(t('en', 'act1.title'));

    await page.locator('.language-switch a[hreflang="nl"]').click();
    await expect(page).toHaveURL(/#\/nl\/act\/1\/3$/);
    await expect(heading(page)).toHaveText(t('nl', 'act1.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('alert')).toHaveCount(0);

    await notesField(page, 'nl', 'act1.title').fill('Geschreven zonder netwerk.');
    await expect(page.locator('.save-status')).toHaveText(t('nl', 'app.saved'));
    await page.locator('a.pager__link--next').click();
    await expect(heading(page)).toHaveText(t('nl', 'act2.title'));

    // A cold start while offline: a new tab on the same browser profile.
    const again = await context.newPage();
    await again.goto(`${site.url}#/nl/act/1/3`);
    await expect(notesField(again, 'nl', 'act1.title')).toHaveValue('Geschreven zonder netwerk.');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await site.stop().catch(() => {});
    site.remove();
  }
});

test('a new deploy is offered, replaces the old cache and is never stale', async ({ browser }) => {
  const site = await deploy();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const banner = page.locator('.update-banner');
  const reload = page.getByRole('button', { name: t('fr', 'offline.reload') });
  const cacheNames = () => page.evaluate(() => caches.keys());
  const marker = () => page.locator('meta[name="x-deploy"]').getAttribute('content', { timeout: 1000 }).catch(() => null);
  try {
    await page.goto(`${site.url}#/fr/act/2`);
    await waitForServiceWorker(page);
    const [firstCache] = await cacheNames();
    await expect(reload).toHaveCount(0);

    const { previous, next } = deployNewVersion(site.dir, 'v2');
    expect(firstCache.endsWith(previous)).toBe(true);
    // The next visit finds the new worker. Pages are network-first, so this load is already
    // the new deploy: nobody is stuck on a stale app, even before accepting the update.
    await page.reload();
    expect(await marker()).toBe('v2');
    await expect(banner).toContainText(t('fr', 'offline.update_ready'));
    await expect(reload).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'status');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => v.id), 'axe, with the update banner shown').toEqual([]);
    await page.screenshot({ path: test.info().outputPath('update-banner.png') });

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(heading(page)).toHaveText(t('fr', 'act2.title'));
    await expect(reload).toHaveCount(0);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const activeVersion = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration.waiting === null && registration.active !== null;
    });
    expect(activeVersion).toBe(true);
    await expect.poll(cacheNames).toEqual([firstCache.replace(previous, next)]);

    // Offline now serves the new version from its own cache.
    await site.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(heading(page)).toHaveText(t('fr', 'act2.title'));
    expect(await marker()).toBe('v2');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await site.stop().catch(() => {});
    site.remove();
  }
});
