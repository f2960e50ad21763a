// The `test` every spec uses: Playwright's, with a check after each test that no page of its
// browser context threw an uncaught error. A Rust panic in the app surfaces as one (a wasm
// "unreachable"), even when the page goes on to look right.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  context: async ({ context }, use) => {
    const errors = [];
    context.on('weberror', (webError) => errors.push(String(webError.error()?.message ?? webError.error())));
    await use(context);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
