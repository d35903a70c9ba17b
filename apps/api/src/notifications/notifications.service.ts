import { Injectable } from '@nestjs/common';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { page, type PageQuery } from '../common/http/pagination';
import { UsersRepository } from '../users/users.repository';
import { MailService, type Mail } from './mail.service';
import type { NotificationResponse } from './notification.dto';
import type { Notification } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

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
    private readonly access: Access,
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersRepository,
    private readonly mail: MailService,
  ) {}

  /** Stores the notifications inside the caller's transaction, so they exist exactly when the change does. */
  async notify(tx: EntityManager, { organizationId, userIds, kind, data }: NewNotification): Promise<void> {
    const recipients = [...new Set(userIds)];
    if (recipients.length === 0) return;
    await this.notifications.create(organizationId, { userIds: recipients, kind, data }, tx);
  }

  /** Mails the people too when SMTP is configured; call after the transaction committed. */
  async mailTo(organizationId: string, userIds: string[], mail: Omit<Mail, 'to'>): Promise<void> {
    if (!this.mail.enabled || userIds.length === 0) return;
    const addresses = await this.users.activeEmailsOf(organizationId, userIds);
    await Promise.all(addresses.map((to) => this.mail.send({ ...mail, to })));
  }

  /** The actor's own notifications, newest first. */
  async list(actor: Actor, query: PageQuery): Promise<Page<NotificationResponse>> {
    const [items, total] = await this.notifications.page(actor.organizationId, actor.userId, query);
    return page(items.map(toResponse), total, query);
  }

  async unreadCount(actor: Actor): Promise<number> {
    return this.notifications.countUnread(actor.organizationId, actor.userId);
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const { notification } = await this.access.require(actor, 'notification.change', { notificationId: id });
    await this.notifications.markRead(actor.organizationId, notification.id);
  }

  async markAllRead(actor: Actor): Promise<void> {
    await this.notifications.markAllRead(actor.organizationId, actor.userId);
  }
}
