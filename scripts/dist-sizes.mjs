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

/** The total-transfer budgets of a first visit, in bytes. The full app measured 305.8 KB
 * (zlib -9); turning static content, the sessions, export and import UI, the language switch
 * and the banners into `El` trees and two serde changes cut it to 261.5 KB, and folding case
 * without the standard library's Unicode tables (src/i18n/fold.rs) to 242.4 KB, more static
 * elements as El, one joined stylesheet, no Portal or Show and no into_any to 227.5 KB, every
 * view as an El tree with live parts instead of `view!` (src/ui/live.rs) to 195.4 KB, reading
 * JSON through one Value, texts as one string per language, El as one boxed node, integer
 * timestamps and one effect type to 173.6 KB, JSON read by the browser's JSON.parse
 * (src/json_text.rs) to 168.5 KB, short names between the wasm and its glue
 * (scripts/boundary-names.mjs) to 162.4 KB, and one closure type for the browser, a second
 * wasm-opt round and fewer reactive value and wrapper types to 156.6 KB. Shipping zopfli's
 * `.gz` copies (scripts/precompress.mjs) sends 148.5 KB.
 * A Leptos counter app built with the same profile is 27.9 KB of wasm, and the texts of the
 * three languages are about 19 KB of gzip, so most of the rest is this app's own code (see
 * the bench and twiggy). */
/** Of the `.gz` copies the build ships: issue 5's target. */
export const BUDGET_GZIP_BYTES = 150 * 1024;
/** Of zlib -9, what a host that compresses on the fly sends at best: a ratchet, lowered with
 * every cut. Builds of the same source in another folder differ by about 0.4 KB. */
export const BUDGET_ZLIB9_BYTES = 158 * 1024;

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
