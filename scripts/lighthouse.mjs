// Runs Lighthouse (the npm package, with Debian's Chromium) on the release build served from
// the subpath /workshop/ by the tests' plain static server, prints the category scores, and
// fails if Performance, Accessibility or Best Practices scores below 0.95.
//
//   node scripts/lighthouse.mjs [screen hash, default #/en/act/1]   (DIST=<folder>, LH_PRESET=mobile)
//
// The desktop preset is the default: the workshop runs on a laptop driving a projector. Set
// LH_PRESET=mobile for Lighthouse's default (a mid-range phone on a throttled 4G network).
// Nothing leaves the machine: the page is on 127.0.0.1, and Chromium runs with its background
// networking, component updates and sync turned off.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';

const DIST = process.env.DIST ?? 'dist';
const PORT = Number(process.env.LH_PORT ?? 4195);
const PRESET = process.env.LH_PRESET ?? 'desktop';
const MIN_SCORE = 0.95;
const GATED = ['performance', 'accessibility', 'best-practices'];
const url = `http://127.0.0.1:${PORT}/workshop/${process.argv[2] ?? '#/en/act/1'}`;
const lighthouseCli = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));

const chromeFlags = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
];

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}\n${stderr}`))));
  });
}

const server = await startStaticServer(DIST, '/workshop/', PORT);
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const report = join(out, 'report.json');
let failed = false;
try {
  const args = [
    lighthouseCli,
    url,
    `--only-categories=${[...GATED, 'seo'].join(',')}`,
    '--output=json',
    `--output-path=${report}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    '--quiet',
    ...(PRESET === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await run(process.execPath, args, { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH });
  const result = JSON.parse(readFileSync(report, 'utf8'));
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code} ${result.runtimeError.message}`);
  console.log(`Lighthouse ${result.lighthouseVersion}, ${PRESET} preset, ${url}`);
  for (const [id, category] of Object.entries(result.categories)) {
    const gate = GATED.includes(id) ? ` (at least ${MIN_SCORE})` : ' (reported only)';
    console.log(`  ${category.title.padEnd(16)} ${category.score === null ? 'n/a' : category.score.toFixed(2)}${gate}`);
    if (GATED.includes(id) && !(category.score >= MIN_SCORE)) {
      failed = true;
      const lost = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => result.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `      ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`);
      console.log(lost.join('\n'));
    }
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`  metrics: ${metrics.map((id) => `${id} ${result.audits[id]?.displayValue ?? 'n/a'}`).join(', ')}`);
} finally {
  server.close();
  rmSync(out, { recursive: true, force: true });
}
if (failed) {
  console.error(`Lighthouse: a gated category is below ${MIN_SCORE}`);
  process.exit(1);
}
