// Prints the workshop's figures for the release build, in headless Chromium. Reports, never
// asserts (the size budget is a test of its own; timings depend on the machine):
//   - the transfer size of every file of a first visit, gzip and brotli, and the total;
//   - first contentful paint, and the time until the first screen is ready (interactive), on
//     loopback and on a slow link like a meeting room's wifi, first and repeat visits;
//   - the same for the peer deck (../shared/peer-reveal, reveal.js with the same content), served
//     the same way, and the ratios us / peer;
//   - the median time to switch steps or screens, over 50 switches;
//   - the latency from a keystroke in the notes to "saved";
//   - the JS heap (and the wasm memory) after walking every step of every screen.
// Run after `trunk build --release`: node scripts/bench.mjs [cold loads]   (DIST=<folder>)
import { chromium } from '@playwright/test';
import { BUDGET_ZLIB9_BYTES, distSizes, firstVisitSizes, installOnlySizes, kb, localeSizes, totals } from './dist-sizes.mjs';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';
import { SCREEN_COUNT, t } from '../tests/e2e/locales.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
const LOADS = Number(process.argv[2] ?? 15);
const SWITCHES = 50;
const KEYSTROKES = 20;
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}/workshop/`;
const PEER_PORT = PORT + 1;
const PEER_BASE = `http://127.0.0.1:${PEER_PORT}/`;

/** Builds the peer deck of ../shared/peer-reveal (beside the clone) into the cache outside the
 * clone; the folder to serve, or null when it is not there. */
function buildPeer() {
  const script = join(dirname(fileURLToPath(import.meta.url)), '../../shared/peer-reveal/build.sh');
  if (!existsSync(script)) return null;
  const out = process.env.PEER_CACHE ?? join(homedir(), '.cache/peer-reveal');
  const printed = execFileSync('bash', [script, out], { encoding: 'utf8' }).trim().split('\n');
  return printed[printed.length - 1];
}

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
const peerSite = buildPeer();
const peerServer = peerSite ? await startStaticServer(peerSite, '/', PEER_PORT) : null;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
  // 2. Loads: first contentful paint, first screen rendered, ready (interactive). A first visit
  // is a fresh context (an empty cache, no service worker); a repeat visit is a second visit
  // in the same context, with what the first one cached (and, for the app, its service
  // worker). On loopback and on a link like a meeting room's wifi; the peer deck the same way.
  const APP = {
    name: 'the app',
    url: `${BASE}#/en/act/1`,
    // Rendered: the first screen is in the page. Ready: the main thread is free to take the next
    // input (a keypress queued now is handled in the next task).
    rendered: () => document.querySelector('#screen-heading') && document.querySelector('a.pager__link--next'),
    // Prove it: the next step answers to the keyboard.
    check: async (page) => {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash === '#/en/act/1/2');
    },
  };
  const PEER = {
    name: 'the peer deck',
    url: `${PEER_BASE}#/2`,
    rendered: () => document.querySelector('.reveal.ready'),
    check: async (page) => {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash === '#/3');
    },
  };
  const ROOM_WIFI = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

  /** Loads `target` `count` times and returns the times (ms) and what was transferred. */
  const loads = async (target, count, network, repeat) => {
    const figures = { paint: [], rendered: [], ready: [], bytes: [] };
    for (let load = 0; load < count; load += 1) {
      const context = await browser.newContext({ serviceWorkers: repeat ? 'allow' : 'block' });
      let page = await context.newPage();
      if (repeat) {
        // The first visit, then wait for what it leaves behind (the app's service worker).
        await page.goto(target.url);
        await page.waitForFunction(target.rendered);
        await page.waitForTimeout(1500);
        await page.close();
        page = await context.newPage();
      }
      if (network) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      }
      const bodies = [];
      page.on('response', (response) => bodies.push(response.body().then((body) => body, () => Buffer.alloc(0))));
      await page.addInitScript((rendered) => {
        const done = new Function(`return (${rendered})()`);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          window.__renderedAt = performance.now();
          setTimeout(() => {
            window.__readyAt = performance.now();
          }, 0);
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      }, target.rendered.toString());
      await page.goto(target.url);
      await page.waitForFunction(() => window.__readyAt !== undefined);
      await target.check(page);
      const times = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        rendered: window.__renderedAt,
        ready: window.__readyAt,
      }));
      if (times.paint !== null) figures.paint.push(times.paint);
      figures.rendered.push(times.rendered);
      figures.ready.push(times.ready);
      figures.bytes.push((await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0));
      await context.close();
    }
    return figures;
  };
  const report = (figures) => {
    if (figures.paint.length) console.log(`    first contentful paint         ${spread(figures.paint)}`);
    console.log(`    first screen rendered          ${spread(figures.rendered)}`);
    console.log(`    ready                          ${spread(figures.ready)}`);
  };
  const ratios = [];
  const compare = async (label, ratioLabel, count, network, repeat) => {
    console.log(`${label}, ${count} times each:`);
    const ours = await loads(APP, count, network, repeat);
    console.log(`  ${APP.name}:`);
    report(ours);
    if (!peerServer) return ours;
    const peer = await loads(PEER, count, network, repeat);
    console.log(`  ${PEER.name}:`);
    report(peer);
    ratios.push([ratioLabel, median(ours.ready) / median(peer.ready)]);
    return { ours, peer };
  };
  const first = await compare('First visits from 127.0.0.1 (target: first contentful paint at most 300 ms)', 'ready, loopback, first visit', LOADS);
  if (peerServer) {
    const transferred = (figures) => median(figures.bytes);
    console.log(`  transferred by a first visit (every response, zlib -9): the app ${kb(transferred(first.ours))}, the peer deck ${kb(transferred(first.peer))}`);
    ratios.unshift(['transfer, first visit (zlib -9)', transferred(first.ours) / transferred(first.peer)]);
  }
  await compare("First visits on a meeting room's wifi (1.6 Mbit/s down, 150 ms round trip)", 'ready, wifi, first visit', 5, ROOM_WIFI);
  await compare("Repeat visits on a meeting room's wifi", 'ready, wifi, repeat visit', 5, ROOM_WIFI, true);
  if (peerServer) {
    console.log('The app against the peer deck (reveal.js 5.2.1 with the same content), us / peer (below 1: the app is smaller or sooner):');
    for (const [label, ratio] of ratios) console.log(`  ${label.padEnd(36)} ${ratio.toFixed(2)}`);
  } else {
    console.log('The peer deck (../shared/peer-reveal) is not beside the clone: no ratios.');
  }

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

  // 3. Switches, clicking Next then Previous so every switch renders a new step or screen
  // (back at either end of the workshop).
  await page.goto(`${BASE}#/en/`);
  await page.waitForSelector('#screen-heading');
  const switches = await page.evaluate(async ({ count }) => {
    const times = [];
    let forward = true;
    const place = () => {
      const screen = document.querySelector('article.screen');
      return screen ? `${screen.dataset.screen}/${screen.dataset.step}` : undefined;
    };
    for (let n = 0; n < count; n += 1) {
      if (forward && !document.querySelector('a.pager__link--next')) forward = false;
      if (!forward && !document.querySelector('a.pager__link--previous')) forward = true;
      const before = place();
      const link = document.querySelector(forward ? 'a.pager__link--next' : 'a.pager__link--previous');
      const started = performance.now();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const now = place();
          if (now !== undefined && now !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      });
      link.click();
      const domAt = await changed;
      // The frame that shows it: the next animation frame after the DOM changed.
      const frameAt = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      times.push({ dom: domAt - started, frame: frameAt - started });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return times;
  }, { count: SWITCHES });
  console.log(`Switches of step or screen, ${SWITCHES} (target: at most 16 ms median):`);
  console.log(`  click to new step in the DOM     ${spread(switches.map((s) => s.dom))}`);
  console.log(`  click to the next frame          ${spread(switches.map((s) => s.frame))}`);

  // 4. Keystroke in the notes to "saved".
  await page.goto(`${BASE}#/en/act/1/3`);
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
    // Every step of every screen: Next until the pager counts the last screen and no Next is left.
    while ((await page.locator('a.pager__link--next').count()) > 0) {
      const before = await page.locator('article.screen').evaluate((el) => `${el.dataset.screen}/${el.dataset.step}`);
      await page.locator('a.pager__link--next').click();
      await page.waitForFunction((was) => {
        const el = document.querySelector('article.screen');
        return el && `${el.dataset.screen}/${el.dataset.step}` !== was;
      }, before);
    }
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemory = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  console.log(`Memory after walking every step of all ${SCREEN_COUNT} screens in 3 languages, after a garbage collection:`);
  console.log(`  JS heap used ${kb(heap.usedSize)} of ${kb(heap.totalSize)}`);
  if (wasmMemory) console.log(`  wasm memory ${kb(wasmMemory)}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
  peerServer?.close();
}
