import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@vitaal/shared/page';
import type { TeamRole } from '@vitaal/shared/roles';
import { Brackets, DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { SessionService } from '../auth/session.service';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Conflict, DomainError, NotFound } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { Organization } from '../organizations/organization.entity';
import type {
  ChangePasswordDto,
  FollowedPersonResponse,
  MeResponse,
  UpdateProfileDto,
  UpdateUserDto,
  UserQuery,
  UserResponse,
} from './user.dto';
import { User } from './user.entity';
import { toUserResponse } from './user.mapper';

type TeamsByUser = Map<string, { id: string; name: string; role: TeamRole }[]>;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly access: Access,
  ) {}

  async me(actor: Actor): Promise<MeResponse> {
    const user = await this.find(this.dataSource.manager, actor, actor.userId);
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: actor.organizationId });
    const teams = (await this.teamsOf(actor.organizationId, [user.id])).get(user.id) ?? [];
    const { active: _active, ...profile } = toUserResponse(user, teams);
    return {
      ...profile,
      organization: { id: organization.id, name: organization.name },
      managedTeamIds: teams.filter((team) => team.role === 'manager').map((team) => team.id),
    };
  }

  async updateProfile(actor: Actor, input: UpdateProfileDto): Promise<MeResponse> {
    await this.dataSource.getRepository(User).update({ id: actor.userId, organizationId: actor.organizationId }, input);
    return this.me(actor);
  }

  /** Checks the current password, sets the new one and ends every other session of the person. */
  async changePassword(actor: Actor, input: ChangePasswordDto): Promise<void> {
    const user = await this.find(this.dataSource.manager, actor, actor.userId);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new DomainError(400, 'wrong_password', 'The current password is not right.', [
        { field: 'currentPassword', message: 'is not right' },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id, organizationId: actor.organizationId }, { passwordHash });
      await this.sessions.endAllOf(manager, actor.organizationId, user.id, actor.sessionTokenHash);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'password.changed',
          target: { type: 'user', id: user.id },
        },
        manager,
      );
    });
  }

  async list(actor: Actor, query: UserQuery): Promise<Page<UserResponse>> {
    const builder = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.organization_id = :org', { org: actor.organizationId })
      .andWhere('u.erased_at IS NULL')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((q) =>
          q.where('u.display_name ILIKE :pattern', { pattern }).orWhere('u.email ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (query.active !== undefined) builder.andWhere('u.active = :active', { active: query.active });
    const [users, total] = await builder.getManyAndCount();
    const teams = await this.teamsOf(
      actor.organizationId,
      users.map((u) => u.id),
    );
    return page(
      users.map((u) => toUserResponse(u, teams.get(u.id) ?? [])),
      total,
      query,
    );
  }

  async get(actor: Actor, id: string): Promise<UserResponse> {
    const user = await this.find(this.dataSource.manager, actor, id);
    return toUserResponse(user, (await this.teamsOf(actor.organizationId, [id])).get(id) ?? []);
  }

  /** Roles, active flag and contract hours; the organisation always keeps an active admin. */
  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<UserResponse> {
    await this.dataSource.transaction(async (manager) => {
      // Locking the admins serialises concurrent changes that could each remove "the other" last admin.
      const admins: { id: string }[] = await manager.query(
        `SELECT id FROM app_user WHERE organization_id = $1 AND active AND 'admin' = ANY(roles) ORDER BY id FOR UPDATE`,
        [actor.organizationId],
      );
      const user = await this.find(manager, actor, id);
      const roles = input.roles ?? user.roles;
      const active = input.active ?? user.active;
      const staysAdmin = active && roles.includes('admin');
      if (!staysAdmin && admins.length === 1 && admins[0]?.id === user.id) {
        throw new Conflict('The organisation needs at least one active administrator.', 'last_admin');
      }
      await manager.update(
        User,
        { id, organizationId: actor.organizationId },
        { roles, active, contractHours: input.contractHours ?? user.contractHours },
      );
      await this.auditChanges(manager, actor, user, { roles, active, contractHours: input.contractHours });
      if (!active) await this.sessions.endAllOf(manager, actor.organizationId, id);
    });
    return this.get(actor, id);
  }

  private async auditChanges(
    manager: EntityManager,
    actor: Actor,
    before: User,
    after: { roles: string[]; active: boolean; contractHours?: number },
  ) {
    const base = {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      target: { type: 'user' as const, id: before.id },
    };
    if ([...after.roles].sort().join() !== [...before.roles].sort().join()) {
      await this.audit.record(
        { ...base, action: 'user.roles_changed', details: { from: before.roles, to: after.roles } },
        manager,
      );
    }
    if (after.active !== before.active) {
      await this.audit.record({ ...base, action: after.active ? 'user.reactivated' : 'user.deactivated' }, manager);
    }
    if (after.contractHours !== undefined && after.contractHours !== before.contractHours) {
      await this.audit.record(
        {
          ...base,
          action: 'user.contract_hours_changed',
          details: { from: before.contractHours, to: after.contractHours },
        },
        manager,
      );
    }
  }

  /** The name of someone whose shared goals and weeks the actor follows; 404 for anyone else. */
  async followed(actor: Actor, id: string): Promise<FollowedPersonResponse> {
    const { person } = await this.access.require(actor, 'person.shared.read', { personId: id });
    return { id: person.id, displayName: person.displayName };
  }

  private async find(manager: EntityManager, actor: Actor, id: string): Promise<User> {
    // An erased account is gone for everyone; only history shows its neutral name.
    const user = await manager.findOne(User, {
      where: { id, organizationId: actor.organizationId, erasedAt: IsNull() },
    });
    if (!user) throw new NotFound();
    return user;
  }

  /** Active teams of several people in one query. */
  private async teamsOf(organizationId: string, userIds: string[]): Promise<TeamsByUser> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; id: string; name: string; role: TeamRole }[] = await this.dataSource.query(
      `SELECT m.user_id, t.id, t.name, m.role
         FROM team_membership m JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.user_id = ANY($2) AND t.archived_at IS NULL
        ORDER BY t.name, t.id`,
      [organizationId, userIds],
    );
    const byUser: TeamsByUser = new Map();
    for (const { user_id, ...team } of rows) byUser.set(user_id, [...(byUser.get(user_id) ?? []), team]);
    return byUser;
  }
}
