// Prints the workshop's figures: transfer size of the release build, and how fast a screen's
// heading first renders in headless Chromium. Reports, never asserts (the size budget is a
// test of its own). Run after `trunk build --release`: node scripts/bench.mjs [loads]
import { chromium } from '@playwright/test';
import { distSizes, kb, BUDGET_GZIP_BYTES } from './dist-sizes.mjs';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const LOADS = Number(process.argv[2] ?? 15);
const PORT = 4190;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log('Transfer size of dist/ (gzip -9):');
const sizes = distSizes('dist');
for (const s of sizes) console.log(`  ${s.file.padEnd(48)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
console.log(`  ${'total'.padEnd(48)} ${' '.repeat(14)} ${kb(total).padStart(10)} gzip (budget ${kb(BUDGET_GZIP_BYTES)})`);

const server = await startStaticServer('dist', '/workshop/', PORT);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const headingTimes = [];
const paintTimes = [];
for (let load = 0; load < LOADS; load += 1) {
  // A fresh context per load: an empty cache, like a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.getElementById('screen-heading')) {
        window.__headingAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/workshop/#/en/act/1`);
  await page.waitForFunction(() => window.__headingAt !== undefined);
  headingTimes.push(await page.evaluate(() => window.__headingAt));
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  if (fcp !== null) paintTimes.push(fcp);
  await context.close();
}
await browser.close();
server.close();

console.log(`First render of a screen heading, ${LOADS} cold loads from 127.0.0.1:`);
console.log(`  median ${median(headingTimes).toFixed(1)} ms, min ${Math.min(...headingTimes).toFixed(1)} ms, max ${Math.max(...headingTimes).toFixed(1)} ms`);
if (paintTimes.length) console.log(`First contentful paint: median ${median(paintTimes).toFixed(1)} ms`);
