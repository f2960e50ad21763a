// The release build stays within its transfer budget. Run after `trunk build --release`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET_GZIP_BYTES, distSizes, kb } from '../scripts/dist-sizes.mjs';

test('the release build is within the gzip transfer budget', () => {
  const sizes = distSizes('dist');
  const kinds = new Set(sizes.map((s) => s.kind));
  for (const kind of ['html', 'js', 'wasm', 'css']) assert.ok(kinds.has(kind), `dist/ has no .${kind} file`);
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  assert.ok(total <= BUDGET_GZIP_BYTES, `total ${kb(total)} gzip is over the ${kb(BUDGET_GZIP_BYTES)} budget`);
});
