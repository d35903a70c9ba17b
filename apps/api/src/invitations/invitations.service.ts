import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@vitaal/shared/page';
import { DataSource, In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { SessionService, type IssuedSession } from '../auth/session.service';
import { hashToken, newToken } from '../auth/tokens';
import type { Actor } from '../common/access/actor';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { Conflict, DomainError, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page, type PageQuery } from '../common/http/pagination';
import { MailService } from '../notifications/mail.service';
import { Organization } from '../organizations/organization.entity';
import { TeamMembership } from '../teams/team-membership.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationPreviewResponse,
  InvitationResponse,
} from './invitation.dto';
import { Invitation } from './invitation.entity';

const VALID_DAYS = 7;

const toResponse = (invitation: Invitation): InvitationResponse => ({
  id: invitation.id,
  email: invitation.email,
  roles: invitation.roles,
  expiresAt: invitation.expiresAt.toISOString(),
  createdAt: invitation.createdAt.toISOString(),
});

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

  /** Invites a person; a newer invitation for the same address replaces the older one. */
  async create(actor: Actor, input: CreateInvitationDto): Promise<InvitationResponse> {
    const token = newToken();
    const { invitation, organizationName } = await this.dataSource.transaction(async (manager) => {
      if (await manager.exists(User, { where: { email: input.email } })) {
        throw new Conflict('A person with this email address already has an account.', 'email_taken');
      }
      await this.requireActiveTeams(manager, actor.organizationId, input.teamIds);
      await manager.update(
        Invitation,
        { organizationId: actor.organizationId, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId: actor.organizationId,
          email: input.email,
          roles: input.roles,
          teamIds: input.teamIds,
          tokenHash: hashToken(token),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
        }),
      );
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'invitation.created',
          target: { type: 'invitation', id: invitation.id },
          details: { roles: input.roles, teamIds: input.teamIds },
        },
        manager,
      );
      const organization = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
      return { invitation, organizationName: organization.name };
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
    return { ...toResponse(invitation), acceptPath, mailed };
  }

  async listPending(actor: Actor, query: PageQuery): Promise<Page<InvitationResponse>> {
    const [invitations, total] = await this.dataSource.getRepository(Invitation).findAndCount({
      where: {
        organizationId: actor.organizationId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return page(invitations.map(toResponse), total, query);
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
      if (await manager.exists(User, { where: { email: invitation.email } })) {
        throw new Conflict('A person with this email address already has an account.', 'email_taken');
      }
      const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
      const user = await manager.save(
        manager.create(User, {
          organizationId: invitation.organizationId,
          email: invitation.email,
          displayName: input.displayName,
          passwordHash,
          locale: organization.locale,
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
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
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
    const invitation = await manager.findOne(Invitation, {
      where: {
        tokenHash: hashToken(token),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw new InvitationInvalid();
    return invitation;
  }

  private async requireActiveTeams(manager: EntityManager, organizationId: string, teamIds: string[]): Promise<void> {
    if (teamIds.length === 0) return;
    const found = await manager.count(Team, { where: { organizationId, id: In(teamIds), archivedAt: IsNull() } });
    if (found !== teamIds.length)
      throw new ValidationFailed([{ field: 'teamIds', message: 'contains a team that does not exist or is archived' }]);
  }
}
