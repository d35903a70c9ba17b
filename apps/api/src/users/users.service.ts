import { Injectable } from '@nestjs/common';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { SessionService } from '../auth/session.service';
import { Transactions } from '../common/database/transactions';
import { Conflict, DomainError, NotFound } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import type {
  ChangePasswordDto,
  FollowedPersonResponse,
  MeResponse,
  UpdateProfileDto,
  UpdateUserDto,
  UserQuery,
  UserResponse,
} from './user.dto';
import type { User } from './user.entity';
import { toUserResponse } from './user.mapper';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async me(actor: Actor): Promise<MeResponse> {
    const user = await this.find(actor, actor.userId);
    const organization = await this.organizations.get(actor.organizationId);
    const teams = (await this.memberships.teamsOfEach(actor.organizationId, [user.id])).get(user.id) ?? [];
    const { active: _active, ...profile } = toUserResponse(user, teams);
    return {
      ...profile,
      organization: { id: organization.id, name: organization.name },
      managedTeamIds: teams.filter((team) => team.role === 'manager').map((team) => team.id),
    };
  }

  async updateProfile(actor: Actor, input: UpdateProfileDto): Promise<MeResponse> {
    await this.users.update(actor.organizationId, actor.userId, input);
    return this.me(actor);
  }

  /** Checks the current password, sets the new one and ends every other session of the person. */
  async changePassword(actor: Actor, input: ChangePasswordDto): Promise<void> {
    const user = await this.find(actor, actor.userId);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new DomainError(400, 'wrong_password', 'The current password is not right.', [
        { field: 'currentPassword', message: 'is not right' },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.transactions.run(async (tx) => {
      await this.users.update(actor.organizationId, user.id, { passwordHash }, tx);
      await this.sessions.endAllOf(tx, actor.organizationId, user.id, actor.sessionTokenHash);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'password.changed',
          target: { type: 'user', id: user.id },
        },
        tx,
      );
    });
  }

  async list(actor: Actor, query: UserQuery): Promise<Page<UserResponse>> {
    const [users, total] = await this.users.page(actor.organizationId, query);
    const teams = await this.memberships.teamsOfEach(
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
    const user = await this.find(actor, id);
    return toUserResponse(user, (await this.memberships.teamsOfEach(actor.organizationId, [id])).get(id) ?? []);
  }

  /** Roles, active flag and contract hours; the organisation always keeps an active admin. */
  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<UserResponse> {
    await this.transactions.run(async (tx) => {
      // Locking the admins serialises concurrent changes that could each remove "the other" last admin.
      const admins = await this.users.lockActiveAdmins(actor.organizationId, tx);
      const user = await this.find(actor, id, tx);
      const roles = input.roles ?? user.roles;
      const active = input.active ?? user.active;
      const staysAdmin = active && roles.includes('admin');
      if (!staysAdmin && admins.length === 1 && admins[0] === user.id) {
        throw new Conflict('The organisation needs at least one active administrator.', 'last_admin');
      }
      await this.users.update(
        actor.organizationId,
        id,
        { roles, active, contractHours: input.contractHours ?? user.contractHours },
        tx,
      );
      await this.auditChanges(tx, actor, user, { roles, active, contractHours: input.contractHours });
      if (!active) await this.sessions.endAllOf(tx, actor.organizationId, id);
    });
    return this.get(actor, id);
  }

  private async auditChanges(
    tx: EntityManager,
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
        tx,
      );
    }
    if (after.active !== before.active) {
      await this.audit.record({ ...base, action: after.active ? 'user.reactivated' : 'user.deactivated' }, tx);
    }
    if (after.contractHours !== undefined && after.contractHours !== before.contractHours) {
      await this.audit.record(
        {
          ...base,
          action: 'user.contract_hours_changed',
          details: { from: before.contractHours, to: after.contractHours },
        },
        tx,
      );
    }
  }

  /** The name of someone whose shared goals and weeks the actor follows; 404 for anyone else. */
  async followed(actor: Actor, id: string): Promise<FollowedPersonResponse> {
    const { person } = await this.access.require(actor, 'person.shared.read', { personId: id });
    return { id: person.id, displayName: person.displayName };
  }

  private async find(actor: Actor, id: string, tx?: EntityManager): Promise<User> {
    const user = await this.users.find(actor.organizationId, id, tx);
    if (!user) throw new NotFound();
    return user;
  }
}
