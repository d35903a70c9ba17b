import type { EntityManager } from 'typeorm';

/** The active teams a person is in, for access decisions about their data. */
export async function teamIdsOf(manager: EntityManager, organizationId: string, userId: string): Promise<string[]> {
  const rows: { team_id: string }[] = await manager.query(
    `SELECT m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id
      WHERE m.organization_id = $1 AND m.user_id = $2 AND t.archived_at IS NULL`,
    [organizationId, userId],
  );
  return rows.map((row) => row.team_id);
}
