// Playwright drives Debian's Chromium against the release build in dist/, served by a plain
// static server under the subpath /workshop/. No browser is downloaded.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
/** The folder to serve: dist/ unless a test run builds elsewhere. */
const dist = process.env.E2E_DIST ?? 'dist';
/** The same build served from the root, to show one build works from `/` and from a subpath. */
export const ROOT_PORT = port + 1;
/** A build made with `trunk build --release --public-url /workshop/` (absolute URLs), if the
 * test run made one (scripts/test.sh does), served under /workshop/. */
export const PUBLIC_URL_DIST = process.env.E2E_PUBLIC_URL_DIST;
export const PUBLIC_URL_PORT = port + 2;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/workshop/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'en-US',
  },
  webServer: [
    {
      command: `node tests/e2e/static-server.mjs ${dist} /workshop/ ${port}`,
      url: `http://127.0.0.1:${port}/workshop/`,
      reuseExistingServer: false,
    },
    {
      command: `node tests/e2e/static-server.mjs ${dist} / ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    ...(PUBLIC_URL_DIST
      ? [{
          command: `node tests/e2e/static-server.mjs ${PUBLIC_URL_DIST} /workshop/ ${PUBLIC_URL_PORT}`,
          url: `http://127.0.0.1:${PUBLIC_URL_PORT}/workshop/`,
          reuseExistingServer: false,
        }]
      : []),
  ],
});
