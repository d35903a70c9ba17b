import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active teams a person is in. */
  async teamIdsOf(organizationId: string, userId: string, tx?: EntityManager): Promise<string[]> {
    return (await this.teamIdsOfEach(organizationId, [userId], tx)).get(userId) ?? [];
  }

  /** The active teams of each of several people, in one query. */
  async teamIdsOfEach(
    organizationId: string,
    userIds: readonly string[],
    tx?: EntityManager,
  ): Promise<Map<string, string[]>> {
    const teams = new Map<string, string[]>(userIds.map((userId) => [userId, []]));
    if (userIds.length === 0) return teams;
    const rows: { user_id: string; team_id: string }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT m.user_id, m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.user_id = ANY($2) AND t.archived_at IS NULL`,
      [organizationId, userIds],
    );
    for (const row of rows) teams.get(row.user_id)?.push(row.team_id);
    return teams;
  }
}
