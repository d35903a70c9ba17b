import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access.policy';
import type { Actor } from '../common/access/actor';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { User } from '../users/user.entity';
import type {
  AddTeamMemberDto,
  CreateTeamDto,
  TeamDetailResponse,
  TeamListQuery,
  TeamResponse,
  UpdateTeamDto,
  UpdateTeamMemberDto,
} from './team.dto';
import { TeamMembership } from './team-membership.entity';
import { Team } from './team.entity';

/** Teams an organisation may have (archived ones included), so the team list needs no pages. */
export const MAX_TEAMS = 1000;

interface TeamRow {
  id: string;
  name: string;
  archived_at: Date | null;
  member_count: number;
  manager_count: number;
}

const toTeamResponse = (row: TeamRow): TeamResponse => ({
  id: row.id,
  name: row.name,
  archived: row.archived_at !== null,
  memberCount: row.member_count,
  managerCount: row.manager_count,
});

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Admins and L&O staff see every team; others the teams they are in. */
  async list(actor: Actor, query: TeamListQuery): Promise<TeamResponse[]> {
    const all = this.policy.seesAllTeams(actor);
    const rows: TeamRow[] = await this.dataSource.query(
      `SELECT t.id, t.name, t.archived_at,
              count(m.user_id)::int AS member_count,
              count(m.user_id) FILTER (WHERE m.role = 'manager')::int AS manager_count
         FROM team t LEFT JOIN team_membership m ON m.team_id = t.id AND m.organization_id = t.organization_id
        WHERE t.organization_id = $1
          AND ($2 OR t.archived_at IS NULL)
          AND ($3 OR t.id = ANY($4))
        GROUP BY t.organization_id, t.id ORDER BY t.name, t.id LIMIT $5`,
      [actor.organizationId, all && query.archived === true, all, [...actor.teams.keys()], MAX_TEAMS],
    );
    return rows.map(toTeamResponse);
  }

  async get(actor: Actor, teamId: string): Promise<TeamDetailResponse> {
    this.policy.requireTeam(actor, teamId, 'read');
    return this.detail(this.dataSource.manager, actor.organizationId, teamId);
  }

  async create(actor: Actor, input: CreateTeamDto): Promise<TeamDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises team creation per organisation so the cap holds under concurrent requests.
      await manager.query(`SELECT 1 FROM organization WHERE id = $1 FOR UPDATE`, [actor.organizationId]);
      if ((await manager.count(Team, { where: { organizationId: actor.organizationId } })) >= MAX_TEAMS) {
        throw new Conflict(`An organisation has at most ${MAX_TEAMS} teams; archive and rename one instead.`);
      }
      const team = await manager.save(manager.create(Team, { organizationId: actor.organizationId, name: input.name }));
      await this.record(manager, actor, 'team.created', team.id, { name: team.name });
      return this.detail(manager, actor.organizationId, team.id);
    });
  }

  async update(actor: Actor, teamId: string, input: UpdateTeamDto): Promise<TeamDetailResponse> {
    this.policy.requireTeam(actor, teamId, 'manage');
    return this.dataSource.transaction(async (manager) => {
      const team = await this.find(manager, actor, teamId);
      if (input.name !== undefined && input.name !== team.name) {
        await this.record(manager, actor, 'team.renamed', teamId, { from: team.name, to: input.name });
        team.name = input.name;
      }
      if (input.archived !== undefined && input.archived !== (team.archivedAt !== null)) {
        team.archivedAt = input.archived ? new Date() : null;
        await this.record(manager, actor, input.archived ? 'team.archived' : 'team.restored', teamId);
      }
      await manager.save(team);
      return this.detail(manager, actor.organizationId, teamId);
    });
  }

  async addMember(actor: Actor, teamId: string, input: AddTeamMemberDto): Promise<TeamDetailResponse> {
    this.policy.requireTeam(actor, teamId, 'manage');
    return this.dataSource.transaction(async (manager) => {
      const team = await this.find(manager, actor, teamId);
      if (team.archivedAt) throw new Conflict('An archived team takes no new members.');
      const user = await manager.findOne(User, {
        where: { id: input.userId, organizationId: actor.organizationId, erasedAt: IsNull() },
      });
      if (!user) throw new ValidationFailed([{ field: 'userId', message: 'is not a person of this organisation' }]);
      const existing = await manager.findOne(TeamMembership, {
        where: { organizationId: actor.organizationId, teamId, userId: user.id },
      });
      if (existing) throw new Conflict('This person is already in the team.');
      await manager.insert(TeamMembership, {
        organizationId: actor.organizationId,
        teamId,
        userId: user.id,
        role: input.role,
      });
      await this.record(manager, actor, 'team.member_added', teamId, { userId: user.id, role: input.role });
      return this.detail(manager, actor.organizationId, teamId);
    });
  }

  async updateMember(
    actor: Actor,
    teamId: string,
    userId: string,
    input: UpdateTeamMemberDto,
  ): Promise<TeamDetailResponse> {
    this.policy.requireTeam(actor, teamId, 'manage');
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.findMembership(manager, actor, teamId, userId);
      if (membership.role !== input.role) {
        await manager.update(
          TeamMembership,
          { organizationId: actor.organizationId, teamId, userId },
          { role: input.role },
        );
        await this.record(manager, actor, 'team.member_role_changed', teamId, {
          userId,
          from: membership.role,
          to: input.role,
        });
      }
      return this.detail(manager, actor.organizationId, teamId);
    });
  }

  async removeMember(actor: Actor, teamId: string, userId: string): Promise<void> {
    this.policy.requireTeam(actor, teamId, 'manage');
    await this.dataSource.transaction(async (manager) => {
      await this.findMembership(manager, actor, teamId, userId);
      await manager.delete(TeamMembership, { organizationId: actor.organizationId, teamId, userId });
      await this.record(manager, actor, 'team.member_removed', teamId, { userId });
    });
  }

  private async find(manager: EntityManager, actor: Actor, teamId: string): Promise<Team> {
    const team = await manager.findOne(Team, { where: { id: teamId, organizationId: actor.organizationId } });
    if (!team) throw new NotFound();
    return team;
  }

  private async findMembership(
    manager: EntityManager,
    actor: Actor,
    teamId: string,
    userId: string,
  ): Promise<TeamMembership> {
    await this.find(manager, actor, teamId);
    const membership = await manager.findOne(TeamMembership, {
      where: { organizationId: actor.organizationId, teamId, userId },
    });
    if (!membership) throw new NotFound('This person is not in the team.');
    return membership;
  }

  private async detail(manager: EntityManager, organizationId: string, teamId: string): Promise<TeamDetailResponse> {
    const team = await manager.findOne(Team, { where: { id: teamId, organizationId } });
    if (!team) throw new NotFound();
    const members: { userId: string; displayName: string; email: string; role: 'member' | 'manager' }[] =
      await manager.query(
        `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, m.role
         FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.team_id = $2
        ORDER BY (m.role = 'manager') DESC, u.display_name, u.id`,
        [organizationId, teamId],
      );
    return {
      id: team.id,
      name: team.name,
      archived: team.archivedAt !== null,
      memberCount: members.length,
      managerCount: members.filter((m) => m.role === 'manager').length,
      members,
    };
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: Parameters<AuditService['record']>[0]['action'],
    teamId: string,
    details?: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action,
        target: { type: 'team', id: teamId },
        details,
      },
      manager,
    );
  }
}
