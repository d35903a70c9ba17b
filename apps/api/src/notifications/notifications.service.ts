import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@vitaal/shared/page';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { NotFound } from '../common/errors/domain-error';
import { page, type PageQuery } from '../common/http/pagination';
import { MailService, type Mail } from './mail.service';
import type { NotificationResponse } from './notification.dto';
import { Notification } from './notification.entity';

export interface NewNotification {
  organizationId: string;
  userIds: string[];
  kind: string;
  data: Record<string, unknown>;
}

const toResponse = (n: Notification): NotificationResponse => ({
  id: n.id,
  kind: n.kind,
  data: n.data,
  read: n.readAt !== null,
  createdAt: n.createdAt.toISOString(),
});

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Stores the notifications inside the caller's transaction, so they exist exactly when the change does. */
  async notify(manager: EntityManager, notification: NewNotification): Promise<void> {
    const userIds = [...new Set(notification.userIds)];
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO notification (organization_id, user_id, kind, data) SELECT $1, unnest($2::uuid[]), $3, $4`,
      [notification.organizationId, userIds, notification.kind, notification.data],
    );
  }

  /** Mails the people too when SMTP is configured; call after the transaction committed. */
  async mailTo(organizationId: string, userIds: string[], mail: Omit<Mail, 'to'>): Promise<void> {
    if (!this.mail.enabled || userIds.length === 0) return;
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM app_user WHERE organization_id = $1 AND id = ANY($2) AND active`,
      [organizationId, userIds],
    );
    await Promise.all(rows.map((row) => this.mail.send({ ...mail, to: row.email })));
  }

  async list(actor: Actor, query: PageQuery): Promise<Page<NotificationResponse>> {
    const [items, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { organizationId: actor.organizationId, userId: actor.userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return page(items.map(toResponse), total, query);
  }

  async unreadCount(actor: Actor): Promise<number> {
    return this.dataSource
      .getRepository(Notification)
      .countBy({ organizationId: actor.organizationId, userId: actor.userId, readAt: IsNull() });
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const found = await this.dataSource
      .getRepository(Notification)
      .existsBy({ id, organizationId: actor.organizationId, userId: actor.userId });
    if (!found) throw new NotFound();
    await this.dataSource
      .getRepository(Notification)
      .update({ organizationId: actor.organizationId, id, readAt: IsNull() }, { readAt: new Date() });
  }

  async markAllRead(actor: Actor): Promise<void> {
    await this.dataSource
      .getRepository(Notification)
      .update({ organizationId: actor.organizationId, userId: actor.userId, readAt: IsNull() }, { readAt: new Date() });
  }
}
