import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

// What a static host does with build/, in a few functions shared by the local server
// (scripts/serve.ts, which the browser tests and Lighthouse use) and the benchmark's server.

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml'
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

/** The path decoded, or null when its percent-encoding is malformed (a host answers 400). */
export function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

export type Found = { file: string } | { redirect: string } | null;

/**
 * The file for a decoded path under `dir`: a folder gives its index.html, a folder asked for without
 * its final slash gives a redirect to the address with it (as static hosts do), anything outside
 * `dir` or missing gives null.
 */
export function findFile(dir: string, path: string): Found {
  if (path.includes('\0')) return null;
  const file = normalize(join(dir, path));
  if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  if (!existsSync(file)) return null;
  if (!statSync(file).isDirectory()) return { file };
  if (!existsSync(join(file, 'index.html'))) return null;
  return path.endsWith('/') ? { file: join(file, 'index.html') } : { redirect: `${path}/` };
}

/** A file's bytes as sent, and gzipped for the clients that take it; each read and compressed once. */
export class Bodies {
  private cache = new Map<string, { mtime: number; raw: Buffer; gzip: Buffer | null }>();
  constructor(private transform: (file: string, raw: Buffer) => Buffer = (_, raw) => raw) {}
  get(file: string) {
    // A rebuild while the server runs must not leave it sending the old files.
    const mtime = statSync(file).mtimeMs;
    let body = this.cache.get(file);
    if (!body || body.mtime !== mtime) {
      const raw = this.transform(file, readFileSync(file));
      body = { mtime, raw, gzip: compressible.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null };
      this.cache.set(file, body);
    }
    return body;
  }
}

/** Sends a file with its type, gzipped when the client accepts it. */
export function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, bodies: Bodies, headers: Record<string, string> = {}) {
  const body = bodies.get(file);
  const gzip = body.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    ...(body.gzip ? { vary: 'accept-encoding' } : {}),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    ...headers
  });
  res.end(req.method === 'HEAD' ? undefined : gzip ? body.gzip : body.raw);
}
