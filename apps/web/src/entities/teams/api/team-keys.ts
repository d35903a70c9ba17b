/**
 * The keys of everything cached about teams. Team learning keeps its feed, sessions and figures under
 * `detail(teamId)`, so a change that refreshes `all` (an admin's) reaches them too.
 */
export const teamKeys = {
  all: ['teams'] as const,
  list: (params: { archived: boolean }) => ['teams', params] as const,
  detail: (id: string) => ['teams', id] as const,
};
