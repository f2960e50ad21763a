// Prints the workshop's figures for the release build, in headless Chromium. Reports, never
// asserts (the size budget is a test of its own; timings depend on the machine):
//   - the transfer size of every file of a first visit, gzip and brotli, and the total;
//   - first contentful paint, and the time until the first screen is interactive (cold loads),
//     on loopback and on a slow link like a meeting room's wifi;
//   - the median time to switch screens, over 50 switches;
//   - the latency from a keystroke in the notes to "saved";
//   - the JS heap (and the wasm memory) after walking every screen.
// Run after `trunk build --release`: node scripts/bench.mjs [cold loads]   (DIST=<folder>)
import { chromium } from '@playwright/test';
import { BUDGET_ZLIB9_BYTES, distSizes, firstVisitSizes, installOnlySizes, kb, localeSizes, totals } from './dist-sizes.mjs';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';
import { SCREEN_COUNT, t } from '../tests/e2e/locales.mjs';

const DIST = process.env.DIST ?? 'dist';
const LOADS = Number(process.argv[2] ?? 15);
const SWITCHES = 50;
const KEYSTROKES = 20;
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}/workshop/`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const spread = (values) =>
  `median ${ms(median(values))}, min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))} (n=${values.length})`;

// 1. Transfer size.
const row = (s) =>
  `  ${s.file.padEnd(46)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.zlib9).padStart(9)} zlib -9 ${kb(s.brotli).padStart(9)} brotli`;
console.log(`Transfer size of a first visit (${DIST}/; gzip and brotli: the precompressed .gz (zopfli) and .br (q 11)`);
console.log('files a host sends as they are; zlib -9: what a host compressing on the fly sends at best):');
const sizes = distSizes(DIST);
for (const s of sizes) console.log(row(s));
console.log('The texts of one language, fetched when the page first shows it:');
for (const s of localeSizes(DIST)) console.log(row(s));
const sum = totals(firstVisitSizes(DIST));
console.log(row({ file: 'total, with the largest language', ...sum }), `(budget ${kb(BUDGET_ZLIB9_BYTES)} zlib -9)`);
const installOnly = installOnlySizes(DIST);
if (installOnly.length) {
  console.log('Fetched only when the app is installed:');
  for (const s of installOnly) console.log(row(s));
}

const server = await startStaticServer(DIST, '/workshop/', PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
  // 2. Cold loads: first contentful paint, first screen rendered, first screen interactive.
  // Each in a fresh context (an empty cache and no service worker, like a first visit), on
  // loopback and on a link like a meeting room's wifi.
  const coldLoads = async (count, network) => {
    const paint = [];
    const rendered = [];
    const interactive = [];
    for (let load = 0; load < count; load += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      if (network) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      }
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('#screen-heading') || !document.querySelector('a.pager__link--next')) return;
          observer.disconnect();
          window.__renderedAt = performance.now();
          // Interactive: the app has mounted and the main thread is free to take the next
          // input. A keypress queued now is handled in the next task; `__interactiveAt` marks it.
          setTimeout(() => {
            window.__interactiveAt = performance.now();
          }, 0);
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${BASE}#/en/act/1`);
      await page.waitForFunction(() => window.__interactiveAt !== undefined);
      // Prove it: the next screen answers to the keyboard.
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash === '#/en/act/2');
      const figures = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        rendered: window.__renderedAt,
        interactive: window.__interactiveAt,
      }));
      if (figures.fcp !== null) paint.push(figures.fcp);
      rendered.push(figures.rendered);
      interactive.push(figures.interactive);
      await context.close();
    }
    if (paint.length) console.log(`  first contentful paint           ${spread(paint)}`);
    console.log(`  first screen rendered            ${spread(rendered)}`);
    console.log(`  first screen interactive         ${spread(interactive)}`);
  };
  console.log(`Cold loads from 127.0.0.1, ${LOADS} times (target: first contentful paint at most 300 ms):`);
  await coldLoads(LOADS);
  const ROOM_WIFI = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
  console.log('Cold loads on a meeting room\'s wifi (1.6 Mbit/s down, 150 ms round trip), 5 times:');
  await coldLoads(5, ROOM_WIFI);

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    window.__writes = [];
    Storage.prototype.setItem = function recordWrite(key, value) {
      setItem.call(this, key, value);
      window.__writes.push(performance.now());
    };
    document.addEventListener('keydown', (event) => {
      window.__keydownAt = event.timeStamp;
    }, true);
    // Trunk's loader announces the instantiated module; keep it to read the wasm memory size.
    addEventListener('TrunkApplicationStarted', (event) => {
      window.__wasm = event.detail.wasm;
    });
  });

  // 3. Screen switches, clicking Next then Previous so every switch renders a new screen.
  await page.goto(`${BASE}#/en/`);
  await page.waitForSelector('#screen-heading');
  const switches = await page.evaluate(async ({ count, screens }) => {
    const times = [];
    let forward = true;
    let index = 1;
    for (let n = 0; n < count; n += 1) {
      if (forward && index === screens) forward = false;
      if (!forward && index === 1) forward = true;
      const before = document.querySelector('#screen-heading')?.textContent;
      const link = document.querySelector(forward ? 'a.pager__link--next' : 'a.pager__link--previous');
      const started = performance.now();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const now = document.querySelector('#screen-heading')?.textContent;
          if (now !== undefined && now !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      link.click();
      const domAt = await changed;
      // The frame that shows it: the next animation frame after the DOM changed.
      const frameAt = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      times.push({ dom: domAt - started, frame: frameAt - started });
      index += forward ? 1 : -1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return times;
  }, { count: SWITCHES, screens: SCREEN_COUNT });
  console.log(`Screen switches, ${SWITCHES} (target: at most 16 ms median):`);
  console.log(`  click to new screen in the DOM   ${spread(switches.map((s) => s.dom))}`);
  console.log(`  click to the next frame          ${spread(switches.map((s) => s.frame))}`);

  // 4. Keystroke in the notes to "saved".
  await page.goto(`${BASE}#/en/act/1`);
  const notes = page.getByRole('textbox', { name: t('en', 'app.notes_label', { screen: t('en', 'act1.title') }) });
  await notes.click();
  const saved = t('en', 'app.saved');
  const latencies = [];
  for (let key = 0; key < KEYSTROKES; key += 1) {
    await page.evaluate(() => {
      window.__writes = [];
    });
    await page.keyboard.type(String.fromCharCode(97 + (key % 26)));
    const done = await page.waitForFunction((text) => {
      const status = document.querySelector('.save-status')?.textContent?.trim();
      const write = window.__writes.find((at) => at >= window.__keydownAt);
      return status === text && write !== undefined ? performance.now() - window.__keydownAt : null;
    }, saved, { polling: 'raf' });
    latencies.push(await done.jsonValue());
  }
  console.log(`Keystroke in the notes to "${saved}" shown and written, ${KEYSTROKES} keys (polled each frame):`);
  console.log(`  ${spread(latencies)}`);

  // 5. Memory after walking every screen in every language.
  for (const lang of ['en', 'nl', 'fr']) {
    await page.goto(`${BASE}#/${lang}/`);
    for (let index = 1; index < SCREEN_COUNT; index += 1) {
      await page.locator('a.pager__link--next').click();
      await page.waitForFunction((n) => document.querySelector('.pager__count')?.textContent?.startsWith(`${n} /`), index + 1);
    }
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemory = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  console.log(`Memory after walking all ${SCREEN_COUNT} screens in 3 languages, after a garbage collection:`);
  console.log(`  JS heap used ${kb(heap.usedSize)} of ${kb(heap.totalSize)}`);
  if (wasmMemory) console.log(`  wasm memory ${kb(wasmMemory)}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
