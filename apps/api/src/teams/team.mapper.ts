import type { TeamMember } from './memberships.repository';
import type { TeamDetailResponse, TeamResponse } from './team.dto';
import type { Team } from './team.entity';
import type { TeamSummary } from './teams.repository';

export function toTeamResponse(team: TeamSummary): TeamResponse {
  return {
    id: team.id,
    name: team.name,
    archived: team.archivedAt !== null,
    memberCount: team.memberCount,
    managerCount: team.managerCount,
  };
}

export function toTeamDetail(
  team: Pick<Team, 'id' | 'name' | 'archivedAt'>,
  members: TeamMember[],
): TeamDetailResponse {
  return {
    ...toTeamResponse({
      ...team,
      memberCount: members.length,
      managerCount: members.filter((m) => m.role === 'manager').length,
    }),
    members,
  };
}
