import { CSRF_COOKIE } from '@vitaal/shared/auth';
import type { CookieOptions, Response } from 'express';
import type { IssuedSession } from './session.service';
import { SESSION_MAX_MS } from './session.service';

export const SESSION_COOKIE = 'vitaal_session';

function options(secure: boolean, httpOnly: boolean): CookieOptions {
  return { httpOnly, secure, sameSite: 'lax', path: '/', maxAge: SESSION_MAX_MS };
}

/** The session token is out of reach of scripts; the CSRF token is readable so the web app can echo it. */
export function setSessionCookies(response: Response, session: IssuedSession, secure: boolean): void {
  response.cookie(SESSION_COOKIE, session.token, options(secure, true));
  response.cookie(CSRF_COOKIE, session.csrfToken, options(secure, false));
}

export function clearSessionCookies(response: Response, secure: boolean): void {
  const { maxAge: _maxAge, ...rest } = options(secure, true);
  response.clearCookie(SESSION_COOKIE, rest);
  response.clearCookie(CSRF_COOKIE, { ...rest, httpOnly: false });
}
