// Debian's Chromium, as every browser test, the bench and Lighthouse launch it: no sandbox (CI
// runs as root) and none of the background traffic this machine's closed network refuses.

/** Where apt installs Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags every launch uses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
