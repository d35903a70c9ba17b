import type { EntityManager } from 'typeorm';

/** The active teams a person is in, for access decisions about their data. */
export async function teamIdsOf(manager: EntityManager, organizationId: string, userId: string): Promise<string[]> {
  return (await teamIdsOfEach(manager, organizationId, [userId])).get(userId) ?? [];
}

/** The active teams of each of several people, in one query. */
export async function teamIdsOfEach(
  manager: EntityManager,
  organizationId: string,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows: { user_id: string; team_id: string }[] = await manager.query(
    `SELECT m.user_id, m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id
      WHERE m.organization_id = $1 AND m.user_id = ANY($2) AND t.archived_at IS NULL`,
    [organizationId, userIds],
  );
  const teams = new Map<string, string[]>(userIds.map((userId) => [userId, []]));
  for (const row of rows) teams.get(row.user_id)?.push(row.team_id);
  return teams;
}
