import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, type Observable, switchMap } from 'rxjs';
import type { RequestWithActor } from '../access/actor';
import { ROUTE_ACCESS, type RouteAccess } from '../access/route-access';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { OWN_ATTEMPT_LIMITS } from './own-attempt-limits';
import { RateLimitsService } from './rate-limits.service';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Limits every write before it runs, after the auth guard has found who makes it: public writes
 * (sign-up, accepting an invitation) per client address and strictly, all others per signed-in
 * person. Reads are not limited, nor writes that limit their own attempts (sign-in).
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    if (!WRITE_METHODS.has(request.method)) return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(OWN_ATTEMPT_LIMITS, targets)) return next.handle();
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, targets);
    const { writesPerMinute, authAttemptsPerMinute } = this.config.rateLimits;
    const [key, limit] =
      access?.kind === 'public' || !request.actor
        ? [`auth:${request.ip ?? 'unknown'}`, authAttemptsPerMinute]
        : [`write:${request.actor.userId}`, writesPerMinute];
    return from(this.limits.hit(key, limit)).pipe(switchMap(() => next.handle()));
  }
}
