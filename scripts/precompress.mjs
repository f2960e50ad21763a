// Precompressed copies of a release build's text and wasm files, for static hosts that send
// them as they are (nginx `gzip_static` and `brotli_static`, Caddy `precompressed`, Apache with
// a rewrite; see the README): `<file>.gz` made with zopfli, which finds about 5% more than
// zlib's level 9, and `<file>.br` made with brotli at its highest quality. The host then spends
// no CPU per request, and every visit gets the smallest file. A host that compresses on the fly
// ignores them. Run by scripts/post-build.mjs as its last step, after sw.js is written: the
// service worker's precache lists the plain files, and the browser decodes what it is sent.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** The files worth compressing: text and wasm. PNGs are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.webmanifest', '.json']);

/** Brotli at quality 11, as `brotli -q 11` would. */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** Gzip made by zopfli: any gzip reader reads it; it is only smaller. */
export async function zopfliGzip(bytes) {
  return Buffer.from(await gzipAsync(bytes, { numiterations: 15 }));
}

/** The precompressed copies, in the order a server prefers them: each sits next to its file
 * under `suffix`, is sent as Content-Encoding `name`, and is made by `compress`. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br', compress: brotli },
  { name: 'gzip', suffix: '.gz', compress: zopfliGzip },
];

export const isPrecompressed = (file) => ENCODINGS.some(({ suffix }) => file.endsWith(suffix));

/** Writes `<file>.gz` and `<file>.br` for every compressible file at the top of `dir` (a
 * copy that would not be smaller is not written). Returns the names written. */
export async function precompress(dir) {
  const written = [];
  const files = readdirSync(dir).filter(
    (name) => COMPRESSIBLE.has(extname(name)) && statSync(join(dir, name)).isFile(),
  );
  for (const name of files) {
    const bytes = readFileSync(join(dir, name));
    for (const { suffix, compress } of ENCODINGS) {
      const compressed = await compress(bytes);
      if (compressed.length >= bytes.length) continue;
      writeFileSync(join(dir, `${name}${suffix}`), compressed);
      written.push(`${name}${suffix}`);
    }
  }
  return written;
}
