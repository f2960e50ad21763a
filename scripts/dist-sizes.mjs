// The transfer size of the release build: each file in dist/ gzipped at level 9, as a static
// host or CDN would send it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The total-transfer budget, in bytes of gzip (issue: at most 160 KB). */
export const BUDGET_GZIP_BYTES = 160 * 1024;

/** [{ file, kind, raw, gzip }] for every file of `dir`, largest first. */
export function distSizes(dir = 'dist') {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return {
        file,
        kind: file.split('.').pop(),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
