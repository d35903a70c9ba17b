import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { OrgRole } from '@vitaal/shared/roles';
import { ProblemResponse } from '../common/errors/problem.dto';

/** Who may call a route at all; the access entry (access.ts) then decides per object. */
export type RouteAccess = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'role'; roles: OrgRole[] };

export const ROUTE_ACCESS = 'vitaal:route-access';

/** The same declaration lands in the OpenAPI document as `x-access`, for tests and readers. */
function declare(access: RouteAccess, ...extra: MethodDecorator[]) {
  return applyDecorators(SetMetadata(ROUTE_ACCESS, access), ApiExtension('x-access', access), ...extra);
}

const unauthorized = ApiUnauthorizedResponse({ type: ProblemResponse, description: 'Not signed in.' });

export const Public = () => declare({ kind: 'public' });

export const SignedIn = () => declare({ kind: 'signed-in' }, unauthorized);

export const RequireRole = (...roles: OrgRole[]) =>
  declare(
    { kind: 'role', roles },
    unauthorized,
    ApiForbiddenResponse({ type: ProblemResponse, description: `Only for ${roles.join(' or ')}.` }),
  );
