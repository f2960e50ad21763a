// A plain static file server, as a static host would be: files only, no rewrites, no
// fallback to index.html. It serves a folder under a URL prefix (e.g. /workshop/) so the tests
// prove the build works from a subpath. Like nginx with `brotli_static` and `gzip_static`, it
// sends a file's precompressed `.br` or `.gz` copy when there is one and the browser accepts
// that encoding.
// CLI: node static-server.mjs <dir> <prefix> <port>. Module: startStaticServer(dir, prefix, port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENCODINGS } from '../../scripts/precompress.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The first encoding of `ENCODINGS` that `accepted` (an Accept-Encoding header) allows and
 * that `file` has a precompressed copy in. */
async function precompressed(file, accepted) {
  const allowed = new Set(
    accepted
      .split(',')
      .map((part) => part.split(';').map((piece) => piece.trim().toLowerCase()))
      .filter(([, ...params]) => !params.some((param) => /^q=0(\.0*)?$/.test(param)))
      .map(([name]) => name),
  );
  for (const encoding of ENCODINGS) {
    if (!allowed.has(encoding.name)) continue;
    try {
      if ((await stat(`${file}${encoding.suffix}`)).isFile()) return encoding;
    } catch {
      // No copy in this encoding.
    }
  }
  return null;
}

async function respond(root, prefix, request, response) {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end('bad request');
    return;
  }
  if (!path.startsWith(prefix)) {
    response.writeHead(404).end('not found');
    return;
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    response.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = await precompressed(file, accepted);
    const served = encoding ? `${file}${encoding.suffix}` : file;
    // Revalidated on every use, as a host's default is: a weak ETag of the file's size and
    // time, and 304 when the browser's copy is current.
    const { size, mtimeMs } = await stat(served);
    const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding.name } : {}),
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers);
    response.end(await readFile(served));
  } catch {
    response.writeHead(404).end('not found');
  }
}

/** Serves `dir` at http://127.0.0.1:<port><prefix>; resolves to the running server. */
export function startStaticServer(dir, prefix, port) {
  const root = resolve(dir);
  const server = createServer((request, response) => respond(root, prefix, request, response));
  return new Promise((done) => server.listen(Number(port), '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', prefix = '/workshop/', port = '4173'] = process.argv.slice(2);
  await startStaticServer(dir, prefix, port);
  console.log(`serving ${resolve(dir)} at http://127.0.0.1:${port}${prefix}`);
}
