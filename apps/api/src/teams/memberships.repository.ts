import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TeamRole } from '@vitaal/shared/roles';
import { DataSource, type EntityManager } from 'typeorm';
import { TeamMembership } from './team-membership.entity';

/** A member of a team as the team page lists them. */
export interface TeamMember {
  userId: string;
  displayName: string;
  email: string;
  role: TeamRole;
}

/** One of a person's active teams, with their role in it. */
export interface PersonTeam {
  id: string;
  name: string;
  role: TeamRole;
}

/** Who is in which team, and as what (table team_membership). */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string, teamId: string, userId: string, tx?: EntityManager): Promise<TeamMembership | null> {
    return (tx ?? this.dataSource.manager).findOneBy(TeamMembership, { organizationId, teamId, userId });
  }

  async add(
    organizationId: string,
    membership: Pick<TeamMembership, 'teamId' | 'userId' | 'role'>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).insert(TeamMembership, { organizationId, ...membership });
  }

  /** Adds several memberships in one statement. */
  async addMany(
    organizationId: string,
    memberships: readonly Pick<TeamMembership, 'teamId' | 'userId' | 'role'>[],
    tx?: EntityManager,
  ): Promise<void> {
    if (memberships.length === 0) return;
    await (tx ?? this.dataSource.manager).insert(
      TeamMembership,
      memberships.map((membership) => ({ organizationId, ...membership })),
    );
  }

  async setRole(
    organizationId: string,
    teamId: string,
    userId: string,
    role: TeamRole,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(TeamMembership, { organizationId, teamId, userId }, { role });
  }

  async remove(organizationId: string, teamId: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(TeamMembership, { organizationId, teamId, userId });
  }

  /** The team's members, managers first, then by name. */
  membersOf(organizationId: string, teamId: string, tx?: EntityManager): Promise<TeamMember[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, m.role
         FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.team_id = $2
        ORDER BY (m.role = 'manager') DESC, u.display_name, u.id`,
      [organizationId, teamId],
    );
  }

  /** The team's managers whose accounts are active. */
  async managersOf(organizationId: string, teamId: string, tx?: EntityManager): Promise<string[]> {
    const rows: { userId: string }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT m.user_id AS "userId" FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.team_id = $2 AND m.role = 'manager' AND u.active`,
      [organizationId, teamId],
    );
    return rows.map((row) => row.userId);
  }

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
    const teams = await this.teamsOfEach(organizationId, userIds, tx);
    return new Map([...teams].map(([userId, list]) => [userId, list.map((team) => team.id)]));
  }

  /** The active teams of each of several people, by name, in one query. */
  async teamsOfEach(
    organizationId: string,
    userIds: readonly string[],
    tx?: EntityManager,
  ): Promise<Map<string, PersonTeam[]>> {
    const teams = new Map<string, PersonTeam[]>(userIds.map((userId) => [userId, []]));
    if (userIds.length === 0) return teams;
    const rows: (PersonTeam & { userId: string })[] = await (tx ?? this.dataSource.manager).query(
      `SELECT m.user_id AS "userId", t.id, t.name, m.role
         FROM team_membership m JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.user_id = ANY($2) AND t.archived_at IS NULL
        ORDER BY t.name, t.id`,
      [organizationId, userIds],
    );
    for (const { userId, ...team } of rows) teams.get(userId)?.push(team);
    return teams;
  }
}
