import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { Team } from './team.entity';

/** A team with how many people it has, for lists. */
export interface TeamSummary {
  id: string;
  name: string;
  archivedAt: Date | null;
  memberCount: number;
  managerCount: number;
}

@Injectable()
export class TeamsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The team, archived or not; null when the organisation has no such team. */
  find(organizationId: string, teamId: string, tx?: EntityManager): Promise<Team | null> {
    return (tx ?? this.dataSource.manager).findOneBy(Team, { id: teamId, organizationId });
  }

  /** Those of the teams that exist and are not archived, by name. */
  activeAmong(organizationId: string, teamIds: readonly string[], tx?: EntityManager): Promise<Team[]> {
    return (tx ?? this.dataSource.manager).find(Team, {
      where: { organizationId, id: In([...teamIds]), archivedAt: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Teams by name with their member counts: `teams` is the access scope, archived ones only when asked. */
  list(
    organizationId: string,
    { teams, archived, limit }: { teams: 'all' | readonly string[]; archived: boolean; limit: number },
  ): Promise<TeamSummary[]> {
    return this.dataSource.query(
      `SELECT t.id, t.name, t.archived_at AS "archivedAt",
              count(m.user_id)::int AS "memberCount",
              count(m.user_id) FILTER (WHERE m.role = 'manager')::int AS "managerCount"
         FROM team t LEFT JOIN team_membership m ON m.team_id = t.id AND m.organization_id = t.organization_id
        WHERE t.organization_id = $1
          AND ($2 OR t.archived_at IS NULL)
          AND ($3 OR t.id = ANY($4))
        GROUP BY t.organization_id, t.id ORDER BY t.name, t.id LIMIT $5`,
      [organizationId, archived, teams === 'all', teams === 'all' ? [] : teams, limit],
    );
  }

  count(organizationId: string, tx?: EntityManager): Promise<number> {
    return (tx ?? this.dataSource.manager).countBy(Team, { organizationId });
  }

  /** Makes concurrent team creations of one organisation wait for each other, so a cap on teams holds. */
  async lockForCreation(organizationId: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT 1 FROM organization WHERE id = $1 FOR UPDATE`, [organizationId]);
  }

  create(organizationId: string, name: string, tx?: EntityManager): Promise<Team> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(Team, { organizationId, name }));
  }

  async update(
    organizationId: string,
    teamId: string,
    changes: Partial<Pick<Team, 'name' | 'archivedAt'>>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(Team, { id: teamId, organizationId }, changes);
  }
}
