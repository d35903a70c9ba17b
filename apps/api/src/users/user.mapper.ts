import type { TeamRole } from '@vitaal/shared/roles';
import type { UserResponse } from './user.dto';
import type { User } from './user.entity';

export function toUserResponse(user: User, teams: { id: string; name: string; role: TeamRole }[]): UserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    contractHours: user.contractHours,
    roles: user.roles,
    active: user.active,
    teams,
  };
}
