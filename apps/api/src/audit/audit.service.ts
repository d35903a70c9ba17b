import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actionsOfKind, type AuditAction, type AuditKind, type AuditTargetType } from '@vitaal/shared/audit';
import type { AuditEventResponse } from '@vitaal/shared/people';
import type { Page } from '@vitaal/shared/page';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { page, type PageQuery } from '../common/http/pagination';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  organizationId: string;
  actorId: string | null;
  action: AuditAction;
  target?: { type: AuditTargetType; id: string };
  /** Identifiers and changed settings only: never personal texts or scores. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records an event, inside the caller's transaction when one is given. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (organization_id, actor_id, action, target_type, target_id, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.organizationId,
        entry.actorId,
        entry.action,
        entry.target?.type ?? null,
        entry.target?.id ?? null,
        entry.details ?? {},
      ],
    );
  }

  async list(
    actor: Actor,
    query: PageQuery & { action?: string; kind?: AuditKind },
  ): Promise<Page<AuditEventResponse>> {
    const builder = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .leftJoin('app_user', 'u', 'u.id = e.actor_id AND u.organization_id = e.organization_id')
      .select(['e.id', 'e.action', 'e.targetType', 'e.targetId', 'e.details', 'e.createdAt', 'e.actorId'])
      .addSelect('u.display_name', 'actor_name')
      // Who was invited: read from the invitation, so the address goes when the invitation does (erasure).
      .leftJoin(
        'invitation',
        'i',
        "e.target_type = 'invitation' AND i.id = e.target_id AND i.organization_id = e.organization_id",
      )
      .addSelect('i.email', 'invitation_email')
      .where('e.organization_id = :org', { org: actor.organizationId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(query.limit)
      .offset(query.offset);
    // `_` is a wildcard in LIKE; an action name means the character itself.
    if (query.action) builder.andWhere('e.action LIKE :action', { action: `${query.action.replaceAll('_', '\\_')}%` });
    if (query.kind) builder.andWhere('e.action IN (:...actions)', { actions: actionsOfKind(query.kind) });
    const [{ entities, raw }, total] = await Promise.all([builder.getRawAndEntities(), builder.getCount()]);
    const items = entities.map((event, index) => ({
      id: event.id,
      action: event.action,
      actor: event.actorId ? { id: event.actorId, displayName: raw[index]?.actor_name ?? '' } : null,
      targetType: event.targetType,
      targetId: event.targetId,
      targetLabel: raw[index]?.invitation_email ?? null,
      details: event.details,
      createdAt: event.createdAt.toISOString(),
    }));
    return page(items, total, query);
  }
}
