import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Every API answer is someone's data, or says whether they are signed in: no browser or proxy may
 * keep a copy (a shared computer's cache, a company proxy). Set before any route runs, so errors and
 * exports carry it too; the web app's own files keep their cache rules.
 */
export function noStoreForApi(prefix: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith(`/${prefix}/`)) response.setHeader('Cache-Control', 'no-store');
    next();
  };
}
