import { Inject, Injectable } from '@nestjs/common';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { SessionService, type IssuedSession } from '../auth/session.service';
import { hashToken, newOrganizationToken, readOrganizationToken } from '../auth/tokens';
import type { Actor } from '../access/actor';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { Transactions } from '../common/database/transactions';
import { Conflict, DomainError, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { MailService } from '../notifications/mail.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import { TeamsRepository } from '../teams/teams.repository';
import { UsersRepository } from '../users/users.repository';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationLinkResponse,
  InvitationListQuery,
  InvitationPreviewResponse,
  InvitationResponse,
} from './invitation.dto';
import type { Invitation } from './invitation.entity';
import { InvitationsRepository } from './invitations.repository';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly organizations: OrganizationsRepository,
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
    const { organizationId } = actor;
    const { invitation, outcome, organizationName } = await this.transactions.run(async (tx) => {
      // Only this organisation's people count: whether the address is known elsewhere is not the admin's to learn.
      if (await this.users.hasEmail(organizationId, input.email, tx)) {
        throw new Conflict('Someone in this organisation already has this email address.', 'email_taken');
      }
      await this.requireActiveTeams(organizationId, input.teamIds, tx);
      // Two admins inviting one address at once still end with one open invitation.
      await this.invitations.lockAddress(organizationId, input.email, tx);
      const open = await this.invitations.findOpenForChange(organizationId, { email: input.email }, tx);
      const expiresAt = new Date(Date.now() + VALID_DAYS * 86_400_000);
      let invitation: Invitation;
      if (open) {
        const merged = {
          roles: union(open.roles, input.roles),
          teamIds: union(open.teamIds, input.teamIds),
          expiresAt,
        };
        await this.invitations.update(organizationId, open.id, merged, tx);
        invitation = { ...open, ...merged };
      } else {
        invitation = await this.invitations.create(
          organizationId,
          { email: input.email, roles: input.roles, teamIds: input.teamIds, invitedBy: actor.userId, expiresAt },
          tx,
        );
      }
      await this.addLink(invitation, token, tx);
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
        tx,
      );
      const organization = await this.organizations.get(organizationId, tx);
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
    const [described] = await this.describe([invitation]);
    return { ...described!, acceptPath, mailed, outcome };
  }

  /** Open invitations, newest first; `email` narrows them to one address (at most one is open). */
  async listPending(actor: Actor, query: InvitationListQuery): Promise<Page<InvitationResponse>> {
    const [invitations, total] = await this.invitations.pageOpen(actor.organizationId, {
      email: query.email,
      limit: query.limit,
      offset: query.offset,
    });
    return page(await this.describe(invitations), total, query);
  }

  /** A new link to an open invitation, for an administrator to pass on again; the earlier links keep working. */
  async newLink(actor: Actor, id: string): Promise<InvitationLinkResponse> {
    const token = newOrganizationToken(actor.organizationId);
    const invitation = await this.transactions.run(async (tx) => {
      const open = await this.invitations.findOpenForChange(actor.organizationId, { id }, tx);
      if (!open) throw new NotFound();
      await this.addLink(open, token, tx);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'invitation.link_copied',
          target: { type: 'invitation', id },
        },
        tx,
      );
      return open;
    });
    return { acceptPath: `/invitations/${token}`, expiresAt: invitation.expiresAt.toISOString() };
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.invitations.revoke(actor.organizationId, id, tx))) throw new NotFound();
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'invitation.revoked',
          target: { type: 'invitation', id },
        },
        tx,
      );
    });
  }

  async preview(token: string): Promise<InvitationPreviewResponse> {
    const invitation = await this.findUsable(token);
    const organization = await this.organizations.get(invitation.organizationId);
    return { email: invitation.email, organizationName: organization.name };
  }

  /** Creates the account with its roles and teams, and signs the person in: all or nothing. */
  async accept(token: string, input: AcceptInvitationDto): Promise<IssuedSession> {
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(async (tx) => {
      const invitation = await this.findUsable(token, tx);
      const { organizationId } = invitation;
      if (await this.users.hasEmail(organizationId, invitation.email, tx)) {
        throw new Conflict('Someone in this organisation already has this email address.', 'email_taken');
      }
      const organization = await this.organizations.get(organizationId, tx);
      const user = await this.users.create(
        organizationId,
        {
          email: invitation.email,
          displayName: input.displayName,
          passwordHash,
          // The language chosen on the accept page, so the account starts in it.
          locale: input.locale ?? organization.locale,
          roles: invitation.roles,
        },
        tx,
      );
      const teams = await this.teams.activeAmong(organizationId, invitation.teamIds, tx);
      await this.memberships.addMany(
        organizationId,
        teams.map((team) => ({ teamId: team.id, userId: user.id, role: 'member' as const })),
        tx,
      );
      for (const team of teams) {
        await this.audit.record(
          {
            organizationId: invitation.organizationId,
            actorId: invitation.invitedBy,
            action: 'team.member_added',
            target: { type: 'team', id: team.id },
            details: { userId: user.id, role: 'member', viaInvitation: invitation.id },
          },
          tx,
        );
      }
      await this.invitations.update(organizationId, invitation.id, { acceptedAt: new Date() }, tx);
      await this.audit.record(
        {
          organizationId: invitation.organizationId,
          actorId: user.id,
          action: 'invitation.accepted',
          target: { type: 'invitation', id: invitation.id },
        },
        tx,
      );
      return this.sessions.issue(tx, user);
    });
  }

  /** The open invitation the link's token names; in a transaction, locked until it ends. */
  private async findUsable(token: string, tx?: EntityManager): Promise<Invitation> {
    const routed = readOrganizationToken(token);
    const invitation =
      routed &&
      (tx
        ? await this.invitations.findOpenByLinkForChange(routed.organizationId, routed.tokenHash, tx)
        : await this.invitations.findOpenByLink(routed.organizationId, routed.tokenHash));
    if (!invitation) throw new InvitationInvalid();
    return invitation;
  }

  private async addLink(invitation: Invitation, token: string, tx: EntityManager): Promise<void> {
    await this.invitations.addLink(
      invitation.organizationId,
      invitation.id,
      { tokenHash: hashToken(token), keep: MAX_LINKS },
      tx,
    );
  }

  /** The answers for several invitations, with the names of their (active) teams in one query. */
  private async describe(invitations: Invitation[]): Promise<InvitationResponse[]> {
    const teamIds = [...new Set(invitations.flatMap((invitation) => invitation.teamIds))];
    const teams =
      teamIds.length === 0 || invitations.length === 0
        ? []
        : await this.teams.activeAmong(invitations[0]!.organizationId, teamIds);
    return invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      roles: invitation.roles,
      teams: teams.filter((team) => invitation.teamIds.includes(team.id)).map(({ id, name }) => ({ id, name })),
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    }));
  }

  private async requireActiveTeams(organizationId: string, teamIds: string[], tx: EntityManager): Promise<void> {
    if (teamIds.length === 0) return;
    const found = await this.teams.activeAmong(organizationId, teamIds, tx);
    if (found.length !== teamIds.length)
      throw new ValidationFailed([{ field: 'teamIds', message: 'contains a team that does not exist or is archived' }]);
  }
}
