import { useTeams } from '@/entities/teams/api/get-teams';
import { useCurrentPerson } from '@/lib/current-person';

export interface TeamChoice {
  id: string;
  name: string;
}

/**
 * Teams to choose from: every team when `everyTeam` (admins, L&O staff), otherwise the teams
 * the person manages, which their own session already lists.
 */
export function useTeamChoices(everyTeam: boolean): { teams: TeamChoice[]; pending: boolean; error: unknown } {
  const person = useCurrentPerson();
  const all = useTeams({}, { enabled: everyTeam });
  if (everyTeam) return { teams: all.data ?? [], pending: all.isPending, error: all.error };
  return { teams: person.teams.filter((team) => team.role === 'manager'), pending: false, error: null };
}
