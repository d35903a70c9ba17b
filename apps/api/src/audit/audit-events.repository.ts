import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditTargetType } from '@vitaal/shared/audit';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface NewAuditEvent {
  actorId: string | null;
  action: AuditAction;
  target?: { type: AuditTargetType; id: string };
  details?: Record<string, unknown>;
}

/** An event as the audit log lists it, with who did it and what it was done to. */
export interface AuditLogEntry extends Pick<
  AuditEvent,
  'id' | 'action' | 'actorId' | 'targetType' | 'targetId' | 'details' | 'createdAt'
> {
  /** The actor's name; null without an actor. */
  actorName: string | null;
  /** For an invitation, the address it went to, for as long as the invitation is kept. */
  invitationEmail: string | null;
}

/**
 * The events by or about a person (`person` the parameter with their id) whose details hold one of the
 * keys (`keys` the parameter with them): those an erasure takes the person's own words out of.
 */
export const detailsAboutPerson = (person: string, keys: string) =>
  `(actor_id = ${person} OR (target_type = 'user' AND target_id = ${person})) AND details ?| ${keys}::text[]`;

/** Who did what to which record, and when (table audit_event). */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(organizationId: string, event: NewAuditEvent, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `INSERT INTO audit_event (organization_id, actor_id, action, target_type, target_id, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        organizationId,
        event.actorId,
        event.action,
        event.target?.type ?? null,
        event.target?.id ?? null,
        event.details ?? {},
      ],
    );
  }

  /** Takes the keys out of the details of the events by or about the person. */
  async removeDetailsAbout(
    organizationId: string,
    personId: string,
    keys: readonly string[],
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE audit_event SET details = details - $3::text[] WHERE organization_id = $1 AND ${detailsAboutPerson('$2', '$3')}`,
      [organizationId, personId, keys],
    );
  }

  /** One page of the organisation's events, newest first; only actions starting with `prefix`, or among `actions`, when given. */
  async page(
    organizationId: string,
    { prefix, actions, limit, offset }: { prefix?: string; actions?: readonly string[]; limit: number; offset: number },
  ): Promise<[AuditLogEntry[], number]> {
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
      .where('e.organization_id = :organizationId', { organizationId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .offset(offset);
    // `_` is a wildcard in LIKE; an action name means the character itself.
    if (prefix) builder.andWhere('e.action LIKE :prefix', { prefix: `${prefix.replaceAll('_', '\\_')}%` });
    if (actions) builder.andWhere('e.action IN (:...actions)', { actions });
    const [{ entities, raw }, total] = await Promise.all([builder.getRawAndEntities(), builder.getCount()]);
    const entries = entities.map(({ id, action, actorId, targetType, targetId, details, createdAt }, index) => ({
      id,
      action,
      actorId,
      targetType,
      targetId,
      details,
      createdAt,
      actorName: (raw[index]?.actor_name as string | undefined) ?? null,
      invitationEmail: (raw[index]?.invitation_email as string | undefined) ?? null,
    }));
    return [entries, total];
  }
}
