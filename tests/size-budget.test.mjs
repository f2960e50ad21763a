// The release build stays within its transfer budget. Run after `trunk build --release`
// (DIST=<folder> to check a build elsewhere).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BUDGET_ZLIB9_BYTES, firstVisitSizes, kb, localeSizes, scriptSizes, totals } from '../scripts/dist-sizes.mjs';

const DIST = process.env.DIST ?? 'dist';

test('a first visit, compressed on the fly with zlib -9, is within the budget of DEVELOPERS.md', () => {
  // Every file a visit loads, with the largest of the language bundles (it loads one); the
  // facilitator's script, fetched by the presenter view and the guide only, is not among them.
  const scripts = scriptSizes(DIST);
  assert.equal(scripts.length, 3, `${DIST}/locales/ has a script bundle for each language`);
  assert.equal(localeSizes(DIST).length - scripts.length, 3, `${DIST}/locales/ has a bundle for each language`);
  const sizes = firstVisitSizes(DIST);
  assert.equal(sizes.filter((s) => s.file.startsWith('locales/')).length, 1, 'a first visit loads one language');
  assert.ok(sizes.every((s) => !s.file.endsWith('.script.json')), 'a first visit loads no script');
  const kinds = new Set(sizes.map((s) => s.kind));
  for (const kind of ['html', 'js', 'wasm', 'css']) assert.ok(kinds.has(kind), `${DIST}/ has no .${kind} file`);
  const { zlib9 } = totals(sizes);
  const listing = sizes.map((s) => `${s.file} ${kb(s.zlib9)}`).join(', ');
  assert.ok(zlib9 <= BUDGET_ZLIB9_BYTES, `zlib -9 total ${kb(zlib9)} is over the ${kb(BUDGET_ZLIB9_BYTES)} budget: ${listing}`);
});

test('every precompressed copy decodes to its file, and the text and wasm files all have both', () => {
  const names = [...readdirSync(DIST), ...readdirSync(join(DIST, 'locales')).map((name) => `locales/${name}`)];
  const compressible = names.filter((name) => /\.(html|js|css|wasm|json)$/.test(name));
  assert.ok(compressible.length >= 5, `${DIST}/ has its html, JS, CSS and wasm files`);
  for (const name of compressible) {
    const file = readFileSync(join(DIST, name));
    assert.ok(gunzipSync(readFileSync(join(DIST, `${name}.gz`))).equals(file), `${name}.gz decodes to ${name}`);
    assert.ok(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))).equals(file), `${name}.br decodes to ${name}`);
  }
});
