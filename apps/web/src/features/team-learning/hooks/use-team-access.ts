import { useCurrentPerson } from '@/lib/current-person';

/**
 * What the signed-in person may do in a team's learning: its members and managers write,
 * managers also hide posts; L&O staff outside the team only read (the API answers 403).
 */
export function useTeamAccess(teamId: string) {
  const person = useCurrentPerson();
  const role = person.teams.find((team) => team.id === teamId)?.role;
  return { personId: person.id, writes: role !== undefined, moderates: role === 'manager' };
}

export type TeamAccess = ReturnType<typeof useTeamAccess>;
