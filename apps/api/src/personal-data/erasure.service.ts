import { Injectable } from '@nestjs/common';
import type { Locale } from '@vitaal/shared/locale';
import {
  ERASURE_CONFIRMATION_MINUTES,
  type ErasurePreviewResponse,
  type ErasureResultResponse,
} from '@vitaal/shared/personal-data';
import type { EntityManager } from 'typeorm';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { AuditService } from '../audit/audit.service';
import { SessionsRepository } from '../auth/sessions.repository';
import { hashToken, newToken, sameToken } from '../auth/tokens';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { GoalsRepository } from '../goals/goals.repository';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { LearningTimeRequestsRepository } from '../learning-time/learning-time-requests.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { SharedLearningsRepository } from '../team-learning/shared-learnings.repository';
import type { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { WeeksRepository } from '../weeks/weeks.repository';
import { ErasureRequestsRepository } from './erasure-requests.repository';
import { PersonalDataRepository } from './personal-data.repository';

/** Keys of audit details that came from the person (what they typed, where they signed in from). */
const PERSONAL_AUDIT_KEYS = ['email', 'ip'];

/** The name that stays where history needs one: on sessions they led, decisions they took, posts they wrote. */
const ERASED_NAME: Record<Locale, string> = { nl: 'Verwijderd account', en: 'Erased account' };

/**
 * Erasing an account on the person's request, in two steps: an administrator asks, sees what will
 * go and gets a short-lived token; only sending that token back erases, irreversibly, in one transaction.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly requests: ErasureRequestsRepository,
    private readonly personalData: PersonalDataRepository,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly goals: GoalsRepository,
    private readonly weeks: WeeksRepository,
    private readonly learningTimeRequests: LearningTimeRequestsRepository,
    private readonly learnings: SharedLearningsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly sessions: SessionsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly auditEvents: AuditEventsRepository,
  ) {}

  async start(actor: Actor, personId: string): Promise<ErasurePreviewResponse> {
    await this.access.require(actor, 'account.erase', { personId });
    const token = newToken();
    const expiresAt = new Date(Date.now() + ERASURE_CONFIRMATION_MINUTES * 60_000);
    return this.transactions.run(async (tx) => {
      const person = await this.erasable(actor, personId, tx);
      const counts = await this.personalData.erasureCountsOf(actor.organizationId, personId, PERSONAL_AUDIT_KEYS, tx);
      await this.requests.replace(
        actor.organizationId,
        { userId: personId, tokenHash: hashToken(token), requestedBy: actor.userId, expiresAt },
        tx,
      );
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'user.erasure_requested',
          target: { type: 'user', id: personId },
        },
        tx,
      );
      return {
        person: { id: person.id, displayName: person.displayName },
        counts,
        token,
        expiresAt: expiresAt.toISOString(),
      };
    });
  }

  async confirm(actor: Actor, personId: string, token: string): Promise<ErasureResultResponse> {
    await this.access.require(actor, 'account.erase', { personId });
    return this.transactions.run(async (tx) => {
      const person = await this.erasable(actor, personId, tx);
      const request = await this.requests.findForChange(actor.organizationId, personId, tx);
      // Only the administrator who asked may confirm, and only in time.
      if (!request || request.requestedBy !== actor.userId || request.expiresAt.getTime() <= Date.now()) {
        throw new Conflict('No erasure of this person waits for your confirmation, or it expired: start again.');
      }
      if (!sameToken(hashToken(token), request.tokenHash))
        throw new ValidationFailed([{ field: 'token', message: 'is not the confirmation token' }]);
      const counts = await this.personalData.erasureCountsOf(actor.organizationId, personId, PERSONAL_AUDIT_KEYS, tx);
      const { locale } = await this.organizations.get(actor.organizationId, tx);
      await this.erase(person, ERASED_NAME[locale], tx);
      await this.requests.delete(actor.organizationId, personId, tx);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'user.erased',
          target: { type: 'user', id: personId },
          details: { ...counts },
        },
        tx,
      );
      return { erasedAt: new Date().toISOString(), counts };
    });
  }

  /**
   * The person, not erased yet, and not the organisation's last active administrator. Locks the
   * administrators the way changing roles does, so two erasures cannot each remove "the other" last one.
   */
  private async erasable(actor: Actor, personId: string, tx: EntityManager): Promise<User> {
    const admins = await this.users.lockActiveAdmins(actor.organizationId, tx);
    const person = await this.users.findForChange(actor.organizationId, personId, tx);
    if (!person) throw new NotFound();
    if (admins.length === 1 && admins[0] === personId) {
      throw new Conflict('The organisation needs at least one active administrator.', 'last_admin');
    }
    return person;
  }

  /**
   * Removes the person's texts and anonymises the account. Rows that team figures are built from stay
   * with their numbers and without text: weeks (status, hours, scores), learning-time requests (team,
   * hours, status), posts in team feeds (so the team's count and others' comments on them stay), session
   * attendance and team memberships (teams count their members, as they do a deactivated person's).
   * Plain statements, so the triggers on these tables see every change.
   */
  private async erase(person: User, name: string, tx: EntityManager): Promise<void> {
    const { organizationId, id } = person;
    // Deactivate first: the team figures then take the person's weeks out as they still are. Emptying the
    // texts afterwards changes nothing there (an inactive person's weeks count nowhere), whereas the other
    // order would take out weeks already without their plans and leave them counted.
    await this.users.update(organizationId, id, { active: false }, tx);
    // Goals go with their milestones and links to weeks and sessions; requests keep their hours without the goal.
    await this.goals.deleteAllOf(organizationId, id, tx);
    await this.weeks.eraseTextsOf(organizationId, id, tx);
    await this.learningTimeRequests.eraseTextsOf(organizationId, id, tx);
    await this.learnings.eraseOf(organizationId, id, tx);
    await this.notifications.deleteAllOf(organizationId, id, tx);
    await this.sessions.deleteAllOf(organizationId, id, {}, tx);
    await this.invitations.deleteOf(organizationId, person.email, tx);
    await this.auditEvents.removeDetailsAbout(organizationId, id, PERSONAL_AUDIT_KEYS, tx);
    await this.users.anonymise(organizationId, id, name, tx);
  }
}
