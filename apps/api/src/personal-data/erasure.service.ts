import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ERASURE_CONFIRMATION_MINUTES,
  type ErasurePreviewResponse,
  type ErasureResultResponse,
} from '@vitaal/shared/personal-data';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken, sameToken } from '../auth/tokens';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { ErasureRequest } from './erasure-request.entity';
import { countErasure, erase, ERASED_NAME } from './erasure.queries';

/**
 * Erasing an account on the person's request, in two steps: an administrator asks, sees what will
 * go and gets a short-lived token; only sending that token back erases, irreversibly, in one transaction.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor, personId: string): Promise<ErasurePreviewResponse> {
    await this.access.require(actor, 'account.erase', { personId });
    const token = newToken();
    const expiresAt = new Date(Date.now() + ERASURE_CONFIRMATION_MINUTES * 60_000);
    return this.dataSource.transaction(async (manager) => {
      const person = await this.erasable(manager, actor, personId);
      const counts = await countErasure(manager, actor.organizationId, personId);
      await manager.upsert(
        ErasureRequest,
        {
          organizationId: actor.organizationId,
          userId: personId,
          tokenHash: hashToken(token),
          requestedBy: actor.userId,
          expiresAt,
        },
        ['organizationId', 'userId'],
      );
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'user.erasure_requested',
          target: { type: 'user', id: personId },
        },
        manager,
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
    return this.dataSource.transaction(async (manager) => {
      await this.erasable(manager, actor, personId);
      const request = await manager.findOne(ErasureRequest, {
        where: { organizationId: actor.organizationId, userId: personId },
        lock: { mode: 'pessimistic_write' },
      });
      // Only the administrator who asked may confirm, and only in time.
      if (!request || request.requestedBy !== actor.userId || request.expiresAt.getTime() <= Date.now()) {
        throw new Conflict('No erasure of this person waits for your confirmation, or it expired: start again.');
      }
      if (!sameToken(hashToken(token), request.tokenHash))
        throw new ValidationFailed([{ field: 'token', message: 'is not the confirmation token' }]);
      const counts = await countErasure(manager, actor.organizationId, personId);
      const { locale } = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
      await erase(manager, actor.organizationId, personId, ERASED_NAME[locale]);
      await manager.delete(ErasureRequest, { organizationId: actor.organizationId, userId: personId });
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'user.erased',
          target: { type: 'user', id: personId },
          details: { ...counts },
        },
        manager,
      );
      return { erasedAt: new Date().toISOString(), counts };
    });
  }

  /**
   * The person, not erased yet, and not the organisation's last active administrator. Locks the
   * administrators the way changing roles does, so two erasures cannot each remove "the other" last one.
   */
  private async erasable(manager: EntityManager, actor: Actor, personId: string): Promise<User> {
    const admins: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE organization_id = $1 AND active AND 'admin' = ANY(roles) ORDER BY id FOR UPDATE`,
      [actor.organizationId],
    );
    const person = await manager.findOne(User, {
      where: { id: personId, organizationId: actor.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!person || person.erasedAt !== null) throw new NotFound();
    if (admins.length === 1 && admins[0]?.id === personId) {
      throw new Conflict('The organisation needs at least one active administrator.', 'last_admin');
    }
    return person;
  }
}
