import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Transactions } from '../common/database/transactions';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { UsersRepository } from '../users/users.repository';
import { MembershipsRepository } from './memberships.repository';
import type {
  AddTeamMemberDto,
  CreateTeamDto,
  TeamDetailResponse,
  TeamListQuery,
  TeamResponse,
  UpdateTeamDto,
  UpdateTeamMemberDto,
} from './team.dto';
import type { Team } from './team.entity';
import { toTeamDetail, toTeamResponse } from './team.mapper';
import { TeamsRepository } from './teams.repository';

/** Teams an organisation may have (archived ones included), so the team list needs no pages. */
export const MAX_TEAMS = 1000;

@Injectable()
export class TeamsService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  /** Admins and L&O staff see every team; others the teams they are in. */
  async list(actor: Actor, query: TeamListQuery): Promise<TeamResponse[]> {
    const { teams } = this.access.scope(actor, 'team.read');
    const found = await this.teams.list(actor.organizationId, {
      teams,
      archived: query.archived === true,
      limit: MAX_TEAMS,
    });
    return found.map(toTeamResponse);
  }

  async get(actor: Actor, teamId: string): Promise<TeamDetailResponse> {
    const { team } = await this.access.require(actor, 'team.read', { teamId });
    return this.detail(actor, team);
  }

  async create(actor: Actor, input: CreateTeamDto): Promise<TeamDetailResponse> {
    return this.transactions.run(async (tx) => {
      await this.teams.lockForCreation(actor.organizationId, tx);
      if ((await this.teams.count(actor.organizationId, tx)) >= MAX_TEAMS) {
        throw new Conflict(`An organisation has at most ${MAX_TEAMS} teams; archive and rename one instead.`);
      }
      const team = await this.teams.create(actor.organizationId, input.name, tx);
      await this.record(tx, actor, 'team.created', team.id, { name: team.name });
      return this.detail(actor, team, tx);
    });
  }

  async update(actor: Actor, teamId: string, input: UpdateTeamDto): Promise<TeamDetailResponse> {
    return this.transactions.run(async (tx) => {
      const { team } = await this.access.require(actor, 'team.manage', { teamId }, tx);
      const changes: Partial<Pick<Team, 'name' | 'archivedAt'>> = {};
      if (input.name !== undefined && input.name !== team.name) {
        await this.record(tx, actor, 'team.renamed', teamId, { from: team.name, to: input.name });
        changes.name = input.name;
      }
      if (input.archived !== undefined && input.archived !== (team.archivedAt !== null)) {
        changes.archivedAt = input.archived ? new Date() : null;
        await this.record(tx, actor, input.archived ? 'team.archived' : 'team.restored', teamId);
      }
      if (Object.keys(changes).length > 0) await this.teams.update(actor.organizationId, teamId, changes, tx);
      return this.detail(actor, { ...team, ...changes }, tx);
    });
  }

  async addMember(actor: Actor, teamId: string, input: AddTeamMemberDto): Promise<TeamDetailResponse> {
    return this.transactions.run(async (tx) => {
      const { team } = await this.access.require(actor, 'team.manage', { teamId }, tx);
      if (team.archivedAt) throw new Conflict('An archived team takes no new members.');
      const user = await this.users.find(actor.organizationId, input.userId, tx);
      if (!user) throw new ValidationFailed([{ field: 'userId', message: 'is not a person of this organisation' }]);
      if (await this.memberships.find(actor.organizationId, teamId, user.id, tx))
        throw new Conflict('This person is already in the team.');
      await this.memberships.add(actor.organizationId, { teamId, userId: user.id, role: input.role }, tx);
      await this.record(tx, actor, 'team.member_added', teamId, { userId: user.id, role: input.role });
      return this.detail(actor, team, tx);
    });
  }

  async updateMember(
    actor: Actor,
    teamId: string,
    userId: string,
    input: UpdateTeamMemberDto,
  ): Promise<TeamDetailResponse> {
    return this.transactions.run(async (tx) => {
      const { team } = await this.access.require(actor, 'team.manage', { teamId }, tx);
      const membership = await this.membershipOf(actor, teamId, userId, tx);
      if (membership.role !== input.role) {
        await this.memberships.setRole(actor.organizationId, teamId, userId, input.role, tx);
        await this.record(tx, actor, 'team.member_role_changed', teamId, {
          userId,
          from: membership.role,
          to: input.role,
        });
      }
      return this.detail(actor, team, tx);
    });
  }

  async removeMember(actor: Actor, teamId: string, userId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.access.require(actor, 'team.manage', { teamId }, tx);
      await this.membershipOf(actor, teamId, userId, tx);
      await this.memberships.remove(actor.organizationId, teamId, userId, tx);
      await this.record(tx, actor, 'team.member_removed', teamId, { userId });
    });
  }

  private async membershipOf(actor: Actor, teamId: string, userId: string, tx: EntityManager) {
    const membership = await this.memberships.find(actor.organizationId, teamId, userId, tx);
    if (!membership) throw new NotFound('This person is not in the team.');
    return membership;
  }

  private async detail(
    actor: Actor,
    team: Pick<Team, 'id' | 'name' | 'archivedAt'>,
    tx?: EntityManager,
  ): Promise<TeamDetailResponse> {
    return toTeamDetail(team, await this.memberships.membersOf(actor.organizationId, team.id, tx));
  }

  private record(
    tx: EntityManager,
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
      tx,
    );
  }
}
