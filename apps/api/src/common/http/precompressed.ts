import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The encodings the web build writes beside its files (apps/web/vite-precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

/**
 * Answers a request for a file of `root` with its `.br` or `.gz` copy when the build made one and the
 * browser takes that encoding; the static handler after it then sends that copy. The folder is read
 * once: the build does not change under a running app.
 */
export function servePrecompressed(root: string): RequestHandler {
  const files = new Set(readdirSync(root, { recursive: true, encoding: 'utf8' }).map((file) => `/${file}`));
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const file = request.path;
    const copies = ENCODINGS.filter(({ extension }) => files.has(`${file}${extension}`));
    if (copies.length === 0) return next();
    // Caches must keep the copies apart, whichever one this browser gets.
    response.vary('Accept-Encoding');
    const chosen = copies.find(({ name }) => request.acceptsEncodings(name) === name);
    if (!chosen) return next();
    response.setHeader('Content-Encoding', chosen.name);
    response.type(path.extname(file));
    request.url = `${request.path}${chosen.extension}`;
    next();
  };
}
