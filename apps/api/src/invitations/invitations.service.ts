import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@vitaal/shared/page';
import { DataSource, In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { SessionService, type IssuedSession } from '../auth/session.service';
import { hashToken, newOrganizationToken, readOrganizationToken } from '../auth/tokens';
import type { Actor } from '../access/actor';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { Conflict, DomainError, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { MailService } from '../notifications/mail.service';
import { Organization } from '../organizations/organization.entity';
import { TeamMembership } from '../teams/team-membership.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationLinkResponse,
  InvitationListQuery,
  InvitationPreviewResponse,
  InvitationResponse,
} from './invitation.dto';
import { InvitationLink } from './invitation-link.entity';
import { Invitation } from './invitation.entity';

const VALID_DAYS = 7;
/** Links kept per invitation; copying one more drops the oldest, so the table cannot grow without end. */
const MAX_LINKS = 20;

const union = <T>(first: T[], second: T[]): T[] => [...new Set([...first, ...second])];

class InvitationInvalid extends DomainError {
  constructor() {
    super(404, 'invitation_invalid', 'This invitation does not exist, has expired or was already used.');
  }
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Invites a person. An address that already has an open invitation keeps it: the roles and teams
   * are added to it, its validity starts again, and its earlier links keep working.
   */
  async create(actor: Actor, input: CreateInvitationDto): Promise<InvitationResponse> {
    const token = newOrganizationToken(actor.organizationId);
    const { invitation, outcome, organizationName } = await this.dataSource.transaction(async (manager) => {
      // Only this organisation's people count: whether the address is known elsewhere is not the admin's to learn.
      if (await manager.exists(User, { where: { organizationId: actor.organizationId, email: input.email } })) {
        throw new Conflict('Someone in this organisation already has this email address.', 'email_taken');
      }
      await this.requireActiveTeams(manager, actor.organizationId, input.teamIds);
      // Two admins inviting one address at once still end with one open invitation.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `invitation:${actor.organizationId}:${input.email}`,
      ]);
      const open = await manager.findOne(Invitation, {
        where: { ...this.openWhere(actor.organizationId), email: input.email },
        lock: { mode: 'pessimistic_write' },
      });
      const expiresAt = new Date(Date.now() + VALID_DAYS * 86_400_000);
      const invitation = open
        ? await manager.save(Invitation, {
            ...open,
            roles: union(open.roles, input.roles),
            teamIds: union(open.teamIds, input.teamIds),
            expiresAt,
          })
        : await manager.save(
            manager.create(Invitation, {
              organizationId: actor.organizationId,
              email: input.email,
              roles: input.roles,
              teamIds: input.teamIds,
              invitedBy: actor.userId,
              expiresAt,
            }),
          );
      await this.addLink(manager, invitation, token);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: open ? 'invitation.merged' : 'invitation.created',
          target: { type: 'invitation', id: invitation.id },
          details: open
            ? {
                addedRoles: input.roles.filter((role) => !open.roles.includes(role)),
                addedTeamIds: input.teamIds.filter((id) => !open.teamIds.includes(id)),
              }
            : { roles: input.roles, teamIds: input.teamIds },
        },
        manager,
      );
      const organization = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
      return {
        invitation,
        outcome: open ? ('merged' as const) : ('created' as const),
        organizationName: organization.name,
      };
    });
    const acceptPath = `/invitations/${token}`;
    const mailed = await this.mail.send({
      to: invitation.email,
      subject: `Uitnodiging voor Vitaal — ${organizationName}`,
      text: [
        `Je bent uitgenodigd voor Vitaal bij ${organizationName}. Kies je naam en wachtwoord via:`,
        `${this.config.appUrl}${acceptPath}`,
        `De link werkt ${VALID_DAYS} dagen.`,
        '',
        `You have been invited to Vitaal at ${organizationName}. Choose your name and password at the link above; it works for ${VALID_DAYS} days.`,
      ].join('\n'),
    });
    const [described] = await this.describe(this.dataSource.manager, [invitation]);
    return { ...described!, acceptPath, mailed, outcome };
  }

  /** Open invitations, newest first; `email` narrows them to one address (at most one is open). */
  async listPending(actor: Actor, query: InvitationListQuery): Promise<Page<InvitationResponse>> {
    const [invitations, total] = await this.dataSource.getRepository(Invitation).findAndCount({
      where: { ...this.openWhere(actor.organizationId), ...(query.email ? { email: query.email } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return page(await this.describe(this.dataSource.manager, invitations), total, query);
  }

  /** A new link to an open invitation, for an administrator to pass on again; the earlier links keep working. */
  async newLink(actor: Actor, id: string): Promise<InvitationLinkResponse> {
    const token = newOrganizationToken(actor.organizationId);
    const invitation = await this.dataSource.transaction(async (manager) => {
      const open = await manager.findOne(Invitation, {
        where: { ...this.openWhere(actor.organizationId), id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!open) throw new NotFound();
      await this.addLink(manager, open, token);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'invitation.link_copied',
          target: { type: 'invitation', id },
        },
        manager,
      );
      return open;
    });
    return { acceptPath: `/invitations/${token}`, expiresAt: invitation.expiresAt.toISOString() };
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        Invitation,
        { id, organizationId: actor.organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw new NotFound();
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'invitation.revoked',
          target: { type: 'invitation', id },
        },
        manager,
      );
    });
  }

  async preview(token: string): Promise<InvitationPreviewResponse> {
    const invitation = await this.findUsable(this.dataSource.manager, token);
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: invitation.organizationId });
    return { email: invitation.email, organizationName: organization.name };
  }

  /** Creates the account with its roles and teams, and signs the person in: all or nothing. */
  async accept(token: string, input: AcceptInvitationDto): Promise<IssuedSession> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(manager, token, true);
      if (
        await manager.exists(User, { where: { organizationId: invitation.organizationId, email: invitation.email } })
      ) {
        throw new Conflict('Someone in this organisation already has this email address.', 'email_taken');
      }
      const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
      const user = await manager.save(
        manager.create(User, {
          organizationId: invitation.organizationId,
          email: invitation.email,
          displayName: input.displayName,
          passwordHash,
          // The language chosen on the accept page, so the account starts in it.
          locale: input.locale ?? organization.locale,
          roles: invitation.roles,
        }),
      );
      const teams = await manager.find(Team, {
        where: { organizationId: invitation.organizationId, id: In(invitation.teamIds), archivedAt: IsNull() },
      });
      if (teams.length > 0) {
        await manager.insert(
          TeamMembership,
          teams.map((team) => ({
            organizationId: invitation.organizationId,
            teamId: team.id,
            userId: user.id,
            role: 'member' as const,
          })),
        );
      }
      for (const team of teams) {
        await this.audit.record(
          {
            organizationId: invitation.organizationId,
            actorId: invitation.invitedBy,
            action: 'team.member_added',
            target: { type: 'team', id: team.id },
            details: { userId: user.id, role: 'member', viaInvitation: invitation.id },
          },
          manager,
        );
      }
      await manager.update(
        Invitation,
        { organizationId: invitation.organizationId, id: invitation.id },
        { acceptedAt: new Date() },
      );
      await this.audit.record(
        {
          organizationId: invitation.organizationId,
          actorId: user.id,
          action: 'invitation.accepted',
          target: { type: 'invitation', id: invitation.id },
        },
        manager,
      );
      return this.sessions.issue(manager, user);
    });
  }

  private async findUsable(manager: EntityManager, token: string, lock = false): Promise<Invitation> {
    const routed = readOrganizationToken(token);
    const link = routed && (await manager.findOne(InvitationLink, { where: routed }));
    const invitation =
      link &&
      (await manager.findOne(Invitation, {
        where: { ...this.openWhere(link.organizationId), id: link.invitationId },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      }));
    if (!invitation) throw new InvitationInvalid();
    return invitation;
  }

  private openWhere(organizationId: string) {
    return { organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) };
  }

  private async addLink(manager: EntityManager, invitation: Invitation, token: string): Promise<void> {
    await manager.insert(InvitationLink, {
      organizationId: invitation.organizationId,
      invitationId: invitation.id,
      tokenHash: hashToken(token),
    });
    await manager.query(
      `DELETE FROM invitation_link WHERE organization_id = $1 AND invitation_id = $2 AND id NOT IN (
         SELECT id FROM invitation_link WHERE organization_id = $1 AND invitation_id = $2
          ORDER BY created_at DESC, id DESC LIMIT $3)`,
      [invitation.organizationId, invitation.id, MAX_LINKS],
    );
  }

  /** The answers for several invitations, with the names of their (active) teams in one query. */
  private async describe(manager: EntityManager, invitations: Invitation[]): Promise<InvitationResponse[]> {
    const teamIds = [...new Set(invitations.flatMap((invitation) => invitation.teamIds))];
    const teams =
      teamIds.length === 0 || invitations.length === 0
        ? []
        : await manager.find(Team, {
            where: { organizationId: invitations[0]!.organizationId, id: In(teamIds), archivedAt: IsNull() },
            order: { name: 'ASC', id: 'ASC' },
          });
    return invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      roles: invitation.roles,
      teams: teams.filter((team) => invitation.teamIds.includes(team.id)).map(({ id, name }) => ({ id, name })),
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    }));
  }

  private async requireActiveTeams(manager: EntityManager, organizationId: string, teamIds: string[]): Promise<void> {
    if (teamIds.length === 0) return;
    const found = await manager.count(Team, { where: { organizationId, id: In(teamIds), archivedAt: IsNull() } });
    if (found !== teamIds.length)
      throw new ValidationFailed([{ field: 'teamIds', message: 'contains a team that does not exist or is archived' }]);
  }
}
