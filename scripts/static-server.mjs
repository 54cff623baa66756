// A tiny static file server for the release build, on 127.0.0.1. No dependencies. The end-to-end tests and
// scripts/serve.sh both use it.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` on 127.0.0.1:`port` (0: a free port) until `close()`; resolves to { url, close }. With
 * `{ brotli: true }` it sends each file brotli-compressed (quality 11, once per file) to a browser that accepts it,
 * as a static host with precompressed files would. */
export function serve(root, port = 0, { brotli = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      const body = await readFile(file);
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !file.endsWith('.png')) {
        if (!compressed.has(file)) {
          compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        res.writeHead(200, { ...type, 'content-encoding': 'br', vary: 'accept-encoding' });
        res.end(compressed.get(file));
        return;
      }
      res.writeHead(200, type);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      // close() drops keep-alive connections too, so a finished test file never waits on an idle socket.
      const close = () => new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      resolve({ url: `http://127.0.0.1:${bound}/`, close });
    });
  });
}

// As a command: `node scripts/static-server.mjs DIR [PORT]` serves DIR on 127.0.0.1 (port 0: any free one)
// and prints its address. `scripts/serve.sh` runs it on the release build: no live-reload script is injected,
// so the page's strict CSP has nothing to block and the console stays clean.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`serving ${root} on ${url}`);
}
