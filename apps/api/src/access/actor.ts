import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { OrgRole, TeamRole } from '@vitaal/shared/roles';
import type { Request } from 'express';

/** The signed-in person a request acts for, as the auth guard found them. */
export interface Actor {
  userId: string;
  organizationId: string;
  roles: OrgRole[];
  /** Team id → the person's role in it. */
  teams: Map<string, TeamRole>;
  sessionTokenHash: string;
  /** Settings of the person's organisation that most requests need, read with the session (no query of their own). */
  organization: { timezone: string; reflectionEditWindowDays: number; minGroupSize: number };
}

export type RequestWithActor = Request & { actor?: Actor };

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route that does not require sign-in');
  return actor;
});
