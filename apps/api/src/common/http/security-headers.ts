import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every answer. The web app gets a strict Content-Security-Policy: only its
 * own scripts, styles, images and API, nothing inline, no framing. Swagger UI needs inline script
 * and style, so /api/docs gets a looser policy of its own. Strict-Transport-Security only on answers
 * over https (directly, or from a trusted proxy that says so in X-Forwarded-Proto): on plain http it
 * means nothing to browsers, and would wrongly claim that this address speaks https.
 */
export function securityHeaders(): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });
  const docs = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity();
  return (request: Request, response: Response, next: NextFunction) => {
    // Only sets the header, at once.
    if (request.secure) hsts(request, response, () => undefined);
    (request.path.startsWith('/api/docs') ? docs : strict)(request, response, next);
  };
}
