// A small static server for the release dist, mounted under a sub-path the way a news site
// would host it (e.g. /widgets/brief/). Used by the e2e tests, the benchmark, Lighthouse and the
// screenshot script.
//   node scripts/lib/server.mjs [port]   serves ./dist at http://127.0.0.1:<port>/widgets/brief/
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = '/widgets/brief/';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Each content coding the server sends, at its strongest setting, as files compressed at
 * deployment are. */
const ENCODERS = {
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
};

/**
 * Serves `root` under `base` on 127.0.0.1; resolves to { url, close, requests }. Port 0 picks a
 * free one. `headers` go on every answer (e.g. CORS, as a CDN sends); `rewrite(text)` changes
 * HTML pages before they are sent (host pages name the brief's address that way); `requests`
 * lists every path asked for; `pages` (a Map of path to HTML, or to an answer
 * `{ status, type, headers, body }`) serves what a test makes up: an editor's blank page with
 * pasted embed code, another data file, a redirect. Such an answer can also misbehave the way a
 * stuck proxy or a dead link does: `stallAfter: n` sends the headers and the first n bytes, then
 * nothing, keeping the connection open; `cutAfter: n` sends n bytes of a body announced whole,
 * then drops the connection; `drip: { parts, every }` sends the body in `parts` pieces, one every
 * `every` ms. With `compress`, answers are compressed for clients that accept it, as CDNs and
 * most hosts do (the benchmark measures that way): brotli where the client accepts it (every
 * current browser does), else gzip, every file under `root` once, before the server answers, as
 * a host serves files compressed when they were deployed (compressing the wasm at gzip's level 9
 * on each request took this server about 100 ms).
 */
export function startServer({ root = 'dist', base = BASE, port = 0, headers = {}, rewrite, compress = false } = {}) {
  const dir = resolve(root);
  const requests = [];
  const pages = new Map();
  // With compress: each file's compressed bytes, by encoding and path, made once (HTML pages a
  // test rewrites are compressed as they are sent).
  const compressed = { br: new Map(), gzip: new Map() };
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (pages.has(req.url)) {
      // A page as HTML, or an answer of any kind: { status, type, headers, body }.
      const page = pages.get(req.url);
      const { status = 200, type = TYPES['.html'], headers: extra = {}, body = '', stallAfter, cutAfter, drip } =
        typeof page === 'string' ? { body: page } : page;
      const bytes = Buffer.from(body);
      if (stallAfter === undefined && cutAfter === undefined && !drip) {
        res.writeHead(status, { 'content-type': type, ...extra }).end(body);
        return;
      }
      res.writeHead(status, { 'content-type': type, 'content-length': bytes.length, ...extra });
      if (stallAfter !== undefined) {
        res.write(bytes.subarray(0, stallAfter));
      } else if (cutAfter !== undefined) {
        res.write(bytes.subarray(0, cutAfter), () => res.socket?.destroy());
      } else {
        const size = Math.ceil(bytes.length / drip.parts);
        let sent = 0;
        const next = () => {
          if (res.destroyed) return;
          res.write(bytes.subarray(sent, sent + size));
          sent += size;
          if (sent >= bytes.length) res.end();
          else setTimeout(next, drip.every);
        };
        next();
      }
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under ' + base);
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const rewritten = rewrite && extname(file) === '.html';
      const accepted = req.headers['accept-encoding'] ?? '';
      const encoding = compress ? ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted)) : undefined;
      // A file compressed at start is sent as it is, without reading it again.
      let body = encoding && !rewritten ? compressed[encoding].get(file) : undefined;
      if (!body) {
        body = await readFile(file);
        if (rewritten) body = rewrite(body.toString());
        if (encoding) body = ENCODERS[encoding](body);
      }
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      res.writeHead(200, encoding ? { ...type, 'content-encoding': encoding, vary: 'accept-encoding' } : type).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const ready = compress
    ? readdir(dir, { recursive: true, withFileTypes: true }).then((entries) =>
        Promise.all(
          entries
            .filter((entry) => entry.isFile())
            .map(async (entry) => {
              const file = join(entry.parentPath ?? entry.path, entry.name);
              const bytes = await readFile(file);
              for (const [name, encode] of Object.entries(ENCODERS)) compressed[name].set(file, encode(bytes));
            }),
        ),
      )
    : Promise.resolve();
  return ready.then(() => new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      ok({
        url,
        origin: new URL(url).origin,
        requests,
        pages,
        close: () => {
          server.closeAllConnections();
          return new Promise((done) => server.close(done));
        },
      });
    }),
  ));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({
    port: Number(process.argv[2] ?? 8090),
    headers: { 'access-control-allow-origin': '*' },
  });
  console.log(`serving dist at ${url}`);
}
