// The transfer size of the release build: each file a first visit loads, as a static host
// sends it.
//
// - `gzip`: the precompressed `<file>.gz` the build ships (zopfli; scripts/precompress.mjs),
//   which hosts with `gzip_static` or `precompressed` send as it is; zlib level 9 for a file
//   without one.
// - `zlib9`: zlib at level 9, what a host that compresses on the fly sends at best.
// - `brotli`: the shipped `<file>.br` (quality 11), or brotli at quality 11.
//
// A first visit loads the files at the top of dist/: index.html, the JS and wasm, the CSS, the
// favicon, and the service worker with the precache (the manifest). The PNG app icons in
// dist/icons/ are only fetched when the app is installed, so they are listed apart.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli, isPrecompressed } from './precompress.mjs';

/** The budget of DEVELOPERS.md for a first visit: at most 300 KB as a host that compresses on
 * the fly sends it (zlib at level 9). It was 200 KB while the app drew its views with a DOM
 * builder of its own; issue 17 moved it to Leptos's components and `view!`. The figures of
 * every release are in the bench's output. */
export const BUDGET_ZLIB9_BYTES = 300 * 1024;

function measure(dir, file) {
  const bytes = readFileSync(join(dir, file));
  const shipped = (suffix, otherwise) => {
    const copy = join(dir, `${file}${suffix}`);
    return existsSync(copy) ? statSync(copy).size : otherwise();
  };
  const zlib9 = gzipSync(bytes, { level: 9 }).length;
  return {
    file,
    kind: file.split('.').pop(),
    raw: bytes.length,
    gzip: shipped('.gz', () => zlib9),
    zlib9,
    brotli: shipped('.br', () => brotli(bytes).length),
  };
}

const filesIn = (dir) =>
  readdirSync(dir).filter((name) => !isPrecompressed(name) && statSync(join(dir, name)).isFile());

/** [{ file, kind, raw, gzip, brotli }] for every file a first visit loads, largest first. */
export function distSizes(dir = 'dist') {
  return filesIn(dir).map((file) => measure(dir, file)).sort((a, b) => b.gzip - a.gzip);
}

/** The same for each language's texts (dist/locales/): a visit fetches the one it shows. */
export function localeSizes(dir = 'dist') {
  const locales = join(dir, 'locales');
  if (!existsSync(locales)) return [];
  return filesIn(locales).map((file) => ({ ...measure(locales, file), file: `locales/${file}` }));
}

/** The facilitator's script, a bundle per language: fetched by the presenter view and the
 * printed guide, not by a visit to the stage. */
export function scriptSizes(dir = 'dist') {
  return localeSizes(dir).filter(({ file }) => file.endsWith('.script.json'));
}

/** What a first visit transfers at most: every file at the top of `dir`, and the largest
 * language bundle of the stage (it shows one language, and whichever it is, no more than that). */
export function firstVisitSizes(dir = 'dist') {
  const largest = localeSizes(dir)
    .filter(({ file }) => !file.endsWith('.script.json'))
    .sort((a, b) => b.zlib9 - a.zlib9)
    .slice(0, 1);
  return [...distSizes(dir), ...largest];
}

/** The same for the files fetched only on install (dist/icons/), if any. */
export function installOnlySizes(dir = 'dist') {
  const icons = join(dir, 'icons');
  let names = [];
  try {
    names = filesIn(icons);
  } catch {
    return [];
  }
  return names.map((file) => ({ ...measure(icons, file), file: `icons/${file}` }));
}

/** Sums `raw`, `gzip` and `brotli` over `sizes`. */
export const totals = (sizes) =>
  sizes.reduce(
    (sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, zlib9: sum.zlib9 + s.zlib9, brotli: sum.brotli + s.brotli }),
    { raw: 0, gzip: 0, zlib9: 0, brotli: 0 },
  );

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
