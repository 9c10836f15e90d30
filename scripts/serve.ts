// Serves build/ as a static host would: what `npm start`, the browser tests and Lighthouse look at.
// (Vite's preview cannot: it serves the last `vite build`, and the site is three builds, one per
// language, merged by scripts/build-site.ts.)
// Usage: tsx scripts/serve.ts            PORT (default 4173) and HOST (default 127.0.0.1) from the environment
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { Bodies, decodePath, findFile, send } from './static-host';

const root = join(import.meta.dirname, '..', 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const notFound = join(root, '404.html');
if (!existsSync(notFound)) {
  console.error(`serve: ${notFound} is missing; run \`npm run build\` first`);
  process.exit(1);
}

const bodies = new Bodies();
// Embeds run in sandboxed iframes (an opaque origin) and fetch the page's modules with CORS, so a
// host must allow any origin for /_app/ if embeds are to hydrate; this one allows it everywhere.
const cors = { 'access-control-allow-origin': '*' };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', ...cors }).end();
    return;
  }
  const path = decodePath(url.pathname);
  // The site's 404 page renders itself for any address, this one included.
  if (path === null) return send(req, res, 400, notFound, bodies, cors);
  const found = findFile(root, path);
  if (found === null) return send(req, res, 404, notFound, bodies, cors);
  if ('redirect' in found) {
    res.writeHead(308, { location: encodeURI(found.redirect) + url.search, ...cors }).end();
    return;
  }
  const immutable = url.pathname.startsWith('/_app/immutable/');
  send(req, res, 200, found.file, bodies, { 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', ...cors });
});

server.listen(port, host, () => console.log(`serve: build/ at http://${host}:${port}/`));
server.on('error', (e) => {
  console.error(`serve: ${e.message}`);
  process.exit(1);
});
