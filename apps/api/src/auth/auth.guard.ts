import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER } from '@vitaal/shared/auth';
import { Access } from '../access/access';
import type { RequestWithActor } from '../access/actor';
import { ROUTE_ACCESS, type RouteAccess } from '../access/route-access';
import { DomainError, Forbidden } from '../common/errors/domain-error';
import { SESSION_COOKIE } from './cookies';
import { SessionService } from './session.service';
import { sameToken } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every route: finds the signed-in person from the session cookie, checks the
 * CSRF token on state-changing requests and lets the access entry judge the route's
 * declaration. A route without a declaration needs a signed-in person.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly access: Access,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]) ?? {
      kind: 'signed-in',
    };
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const token = request.cookies?.[SESSION_COOKIE];
    const session = typeof token === 'string' && token ? await this.sessions.authenticate(token) : null;
    if (session) {
      const { csrfToken, ...actor } = session;
      request.actor = actor;
      const echoed = request.headers[CSRF_HEADER];
      if (
        !SAFE_METHODS.has(request.method) &&
        access.kind !== 'public' &&
        !(typeof echoed === 'string' && sameToken(echoed, csrfToken))
      ) {
        throw new DomainError(403, 'csrf_failed', 'The request lacks a valid CSRF token.');
      }
    }
    if (this.access.allowsRoute(request.actor, access)) return true;
    if (!request.actor) throw new DomainError(401, 'unauthenticated', 'Sign in first.');
    throw new Forbidden();
  }
}
