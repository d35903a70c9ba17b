import { useFollowedTeams } from './use-followed-teams';

/**
 * The person's name, from the members of the teams you follow (the weeks and goals endpoints
 * carry no name); null until found, or when they are in none of those teams.
 */
export function usePersonName(userId: string): string | null {
  const { details } = useFollowedTeams();
  for (const detail of details) {
    const member = detail.data?.members.find((candidate) => candidate.userId === userId);
    if (member) return member.displayName;
  }
  return null;
}
