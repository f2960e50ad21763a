// Trunk post_build hook (see Trunk.toml). Runs in Trunk's staging folder, before it becomes dist/.
// Every step adds a file or treats one as a whole; nothing here edits what Trunk or
// wasm-bindgen generated, so the hook works for any `--public-url` and any tool version.
//
// Every build: the app icons, rasterised from assets/icon.svg, the web app manifest, and each
// language's texts as one bundle (`locales/<code>.json`), which the page fetches when it first
// shows that language (src/i18n/bundle.rs).
// Release builds only (`trunk serve` injects an inline live-reload script, and a service worker
// would serve stale files while developing):
//   - wasm-bindgen's JS glue minified as a whole by esbuild (Trunk's minifier cannot parse its
//     `export { … as default }` and leaves it as it is);
//   - a strict Content-Security-Policy <meta>, with the sha256 of each inline script (Trunk's
//     loader), so the policy needs neither 'unsafe-inline' nor 'unsafe-eval';
//   - sw.js, a service worker that precaches this build's files under a cache named after a
//     hash of them, so each deploy gets its own cache and the old one is deleted on activation;
//   - `.gz` (zopfli) and `.br` copies of the text and wasm files, for hosts that send
//     precompressed files (scripts/precompress.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { transformSync } from 'esbuild';
import { precompress } from './precompress.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me as a Trunk post_build hook');
  process.exit(1);
}

/** Colours of style/main.css: the light theme's background and the accent. */
const THEME = { background: '#f7f5f0', accent: '#1f5fa8' };
const ICON_SIZES = [192, 512];

// Icons: the SVG as the favicon, PNGs for install prompts and home screens. The drawing keeps
// to the central 80%, so the same PNG is also a valid maskable icon.
const svg = readFileSync(join(source, 'assets/icon.svg'));
writeFileSync(join(staging, 'icon.svg'), svg);
mkdirSync(join(staging, 'icons'), { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(staging, 'icons', `icon-${size}.png`), png);
}

const manifest = {
  name: 'All in the same boat: a DevOps workshop',
  short_name: 'Same boat',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: THEME.background,
  theme_color: THEME.accent,
  icons: [
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ...ICON_SIZES.map((size) => ({
      src: `icons/icon-${size}.png`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any maskable',
    })),
  ],
};
writeFileSync(join(staging, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
const stageVersions = writeLocaleBundles(join(source, 'locales'), join(staging, 'locales'));
const indexPath = join(staging, 'index.html');
writeFileSync(indexPath, withTextsPreload(readFileSync(indexPath, 'utf8'), stageVersions));

if (release) {
  for (const name of readdirSync(staging).filter((file) => file.endsWith('.js'))) {
    const path = join(staging, name);
    writeFileSync(path, transformSync(readFileSync(path, 'utf8'), { minify: true, format: 'esm', target: 'es2022' }).code);
  }
  writeFileSync(indexPath, withCsp(readFileSync(indexPath, 'utf8')));
  writeFileSync(join(staging, 'sw.js'), serviceWorker(staging));
  await precompress(staging);
  await precompress(join(staging, 'locales'));
}
console.log(`post-build: icons and manifest${release ? ', minified glue, CSP, sw.js and precompressed copies' : ''} written to ${staging}`);

/**
 * One bundle per language in `from` (a folder per code, of JSON files of nested keys), as
 * src/i18n/bundle.rs reads it: `{"keys": <fingerprint>, "texts": [...]}`, the texts in the
 * order of their dotted keys, which is the order build.rs numbers them in (both sort by byte;
 * the keys are ASCII). The fingerprint is build.rs's too (src/i18n/catalog.rs): FNV-1a of the
 * keys, each followed by a newline, so that a bundle of other keys is refused. Returns each
 * language's stage bundle version, as build.rs puts it in the bundle's address
 * (catalog::part_fingerprint: FNV-1a of the part's texts, in key order).
 */
function writeLocaleBundles(from, to) {
  const versions = {};
  mkdirSync(to, { recursive: true });
  const flatten = (value, prefix, into) => {
    for (const [segment, child] of Object.entries(value)) {
      const key = prefix ? `${prefix}.${segment}` : segment;
      if (typeof child === 'string') into.set(key, child);
      else flatten(child, key, into);
    }
    return into;
  };
  for (const code of readdirSync(from).filter((name) => statSync(join(from, name)).isDirectory())) {
    const texts = new Map();
    for (const file of readdirSync(join(from, code)).filter((name) => name.endsWith('.json')).sort()) {
      flatten(JSON.parse(readFileSync(join(from, code, file), 'utf8')), '', texts);
    }
    const keys = [...texts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // The facilitator's script is a bundle of its own: the presenter view and the printed
    // guide fetch it; what the room sees does not wait for it (SCRIPT_PREFIX in catalog.rs).
    const part = (script) => ({
      keys: fnv1a(keys),
      texts: keys.filter((key) => key.startsWith('facilitator.') === script).map((key) => texts.get(key)),
    });
    const stage = part(false);
    writeFileSync(join(to, `${code}.json`), JSON.stringify(stage));
    writeFileSync(join(to, `${code}.script.json`), JSON.stringify(part(true)));
    versions[code] = fnv1a(stage.texts).toString(16).padStart(8, '0');
  }
  return versions;
}

/**
 * `html` with a small inline script at the top of <head> that starts fetching the texts of the
 * language the visit starts in while the wasm loads, rather than after it started: one round
 * trip less on a slow link. It picks the language as src/app.rs `initial_lang` does (the URL's,
 * else the one stored last time, else the browser's, else English), and preloads the very URL
 * src/i18n/bundle.rs `bundle_url` fetches, so the app's fetch finds the response on its way.
 * The CSP step below hashes it like Trunk's loader.
 */
function withTextsPreload(html, versions) {
  const script = `(()=>{const v=${JSON.stringify(versions)},k=c=>Object.hasOwn(v,c),h=location.hash.split('/');let c=h[1]=='presenter'?h[3]:h[1];if(!k(c))try{c=JSON.parse(localStorage['devops-workshop.lang'])}catch{}if(!k(c))c=[...navigator.languages||[]].map(t=>t.split(/[-_]/)[0].toLowerCase()).find(k)||'en';document.head.append(Object.assign(document.createElement('link'),{rel:'preload',as:'fetch',crossOrigin:'anonymous',href:'locales/'+c+'.json?v='+v[c]}))})()`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('post-build: index.html has no <meta charset>');
  return html.replace(charset, (tag) => `${tag}<script>${script}</script>`);
}

/** FNV-1a (32 bits) of `parts`, each followed by a newline, over their UTF-8 bytes. */
function fnv1a(parts) {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (const byte of Buffer.from(`${part}\n`, 'utf8')) {
      hash ^= byte;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash >>> 0;
}

/** `html` with the CSP <meta> as the first element after <meta charset>. */
function withCsp(html) {
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  if (inline.length === 0) throw new Error('post-build: no inline script found; has Trunk changed its loader?');
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  if (/unsafe-inline|'unsafe-eval'/.test(policy)) throw new Error('post-build: the policy must stay strict');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Trunk's minifier writes <meta charset=utf-8>; the source has <meta charset="utf-8" />.
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('post-build: index.html has no <meta charset>');
  return html.replace(charset, (tag) => `${tag}${meta}`);
}

/** The source of sw.js for the files now in `dir` (its top level: what a visit loads). */
function serviceWorker(dir) {
  const files = readdirSync(dir)
    .filter((name) => name !== 'sw.js' && name !== 'index.html' && statSync(join(dir, name)).isFile())
    .sort();
  const version = createHash('sha256');
  for (const name of [...files, 'index.html']) {
    version.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  return `// Generated by scripts/post-build.mjs for this build; do not edit.
const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};
const ASSETS = ${JSON.stringify(files)};
${transformSync(swBody(), { minify: true, target: 'es2022' }).code}`;
}

// The worker's logic. Precached files are cache-first (their names carry a content hash, except
// the manifest and icon, which change with the version). Pages are network-first so that a user
// online always gets the newest deploy, with the install-time copy of index.html as the offline
// fallback: that copy always matches this version's files, so an offline reload never mixes
// versions. A new version installs alongside and waits until the page posts 'skipWaiting'.
function swBody() {
  return String.raw`
const SCOPE = self.registration.scope;
const PREFIX = 'devops-workshop:' + SCOPE + ':';
const CACHE = PREFIX + VERSION;
const PAGE = new URL('./', SCOPE).href;
const PRECACHED = new Set(ASSETS.map((name) => new URL(name, SCOPE).href));

// A file whose name carries its content hash may come from the HTTP cache (the page has just
// loaded it); the page, manifest and icon are revalidated so they match this version.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const LOCALES = /\/locales\/[a-z]+(\.script)?\.json$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([PAGE, ...PRECACHED].map((url) =>
        new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  // The texts the page fetched before this worker controlled it (a first visit's language).
  const keep = event.data?.keep;
  if (Array.isArray(keep)) {
    const urls = keep.map((path) => new URL(path, SCOPE)).filter((url) => LOCALES.test(url.pathname) && url.href.startsWith(SCOPE));
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE)
          .then((cache) => cache.match(PAGE))
          .then((cached) => cached ?? Response.error())),
    );
    return;
  }
  // A language's texts: kept when first fetched, so that a language shown once is there
  // offline. The build's version is in the cache's name; the query only busts HTTP caches.
  if (LOCALES.test(url.pathname) && url.href.startsWith(SCOPE)) {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(request, { ignoreSearch: true }).then((cached) =>
          cached ?? fetch(request).then((response) => {
            if (response.ok) cache.put(request, response.clone());
            return response;
          }))),
    );
    return;
  }
  if (PRECACHED.has(url.origin + url.pathname)) {
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(request, { ignoreSearch: true }))
        .then((cached) => cached ?? fetch(request)),
    );
  }
});
`;
}
