// The release build stays within its transfer budget. Run after `trunk build --release`
// (DIST=<folder> to check a build elsewhere).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET_GZIP_BYTES, distSizes, kb, totals } from '../scripts/dist-sizes.mjs';

const DIST = process.env.DIST ?? 'dist';

test('a first visit is within the gzip transfer budget', () => {
  const sizes = distSizes(DIST);
  const kinds = new Set(sizes.map((s) => s.kind));
  for (const kind of ['html', 'js', 'wasm', 'css']) assert.ok(kinds.has(kind), `${DIST}/ has no .${kind} file`);
  const { gzip } = totals(sizes);
  const listing = sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ');
  assert.ok(gzip <= BUDGET_GZIP_BYTES, `total ${kb(gzip)} gzip is over the ${kb(BUDGET_GZIP_BYTES)} budget: ${listing}`);
});
