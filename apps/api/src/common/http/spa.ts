import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { servePrecompressed } from './precompressed';

/**
 * Serves the built web app from the API's own port: static files, and index.html for any
 * other GET outside /api so client-side routes survive a reload. Hashed assets are cached
 * for a year; index.html never, so a new release is picked up at once. Files go out in the
 * brotli or gzip copy the build made of them when the browser takes it.
 */
export function serveWebApp(server: Express, webDist: string): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  server.use(servePrecompressed(webDist));
  server.use(
    '/assets',
    express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  server.use(express.static(webDist, { index: false, maxAge: 0 }));
  server.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
