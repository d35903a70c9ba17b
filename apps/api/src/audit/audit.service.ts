import { Injectable } from '@nestjs/common';
import { actionsOfKind, type AuditAction, type AuditKind, type AuditTargetType } from '@vitaal/shared/audit';
import type { AuditEventResponse } from '@vitaal/shared/people';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { page, type PageQuery } from '../common/http/pagination';
import { AuditEventsRepository } from './audit-events.repository';

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
  constructor(private readonly events: AuditEventsRepository) {}

  /** Records an event, inside the caller's transaction when one is given. */
  async record({ organizationId, ...event }: AuditEntry, tx?: EntityManager): Promise<void> {
    await this.events.create(organizationId, event, tx);
  }

  async list(
    actor: Actor,
    query: PageQuery & { action?: string; kind?: AuditKind },
  ): Promise<Page<AuditEventResponse>> {
    const [events, total] = await this.events.page(actor.organizationId, {
      prefix: query.action,
      actions: query.kind && actionsOfKind(query.kind),
      limit: query.limit,
      offset: query.offset,
    });
    const items = events.map((event) => ({
      id: event.id,
      action: event.action as AuditAction,
      actor: event.actorId ? { id: event.actorId, displayName: event.actorName ?? '' } : null,
      targetType: event.targetType,
      targetId: event.targetId,
      targetLabel: event.invitationEmail,
      details: event.details,
      createdAt: event.createdAt.toISOString(),
    }));
    return page(items, total, query);
  }
}
