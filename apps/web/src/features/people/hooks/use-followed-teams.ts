import { useTeams } from '@/entities/teams/api/get-teams';
import { useCurrentPerson } from '@/lib/current-person';

/**
 * The teams whose people you follow: every team for L&O staff, the teams you manage otherwise
 * (the API also lists teams you are only a member of; their members' weeks are not yours to see).
 */
export function useFollowedTeams() {
  const person = useCurrentPerson();
  const teams = useTeams();
  const followed = (teams.data ?? []).filter(
    (team) => person.roles.includes('lno') || person.managedTeamIds.includes(team.id),
  );
  return { teams, followed };
}
