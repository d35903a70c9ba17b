import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

/** In-app messages to people (table notification). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string, notificationId: string, tx?: EntityManager): Promise<Notification | null> {
    return (tx ?? this.dataSource.manager).findOneBy(Notification, { id: notificationId, organizationId });
  }

  /** The same message to each of the people, in one statement. */
  async create(
    organizationId: string,
    { userIds, kind, data }: { userIds: readonly string[]; kind: string; data: Record<string, unknown> },
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `INSERT INTO notification (organization_id, user_id, kind, data) SELECT $1, unnest($2::uuid[]), $3, $4`,
      [organizationId, userIds, kind, data],
    );
  }

  /** One page of a person's notifications, newest first. */
  page(
    organizationId: string,
    userId: string,
    { limit, offset }: { limit: number; offset: number },
  ): Promise<[Notification[], number]> {
    return this.dataSource.manager.findAndCount(Notification, {
      where: { organizationId, userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  countUnread(organizationId: string, userId: string): Promise<number> {
    return this.dataSource.manager.countBy(Notification, { organizationId, userId, readAt: IsNull() });
  }

  /** Marks the notification read; one read already keeps the moment it was first read. */
  async markRead(organizationId: string, notificationId: string): Promise<void> {
    await this.dataSource.manager.update(
      Notification,
      { id: notificationId, organizationId, readAt: IsNull() },
      { readAt: new Date() },
    );
  }

  async markAllRead(organizationId: string, userId: string): Promise<void> {
    await this.dataSource.manager.update(
      Notification,
      { organizationId, userId, readAt: IsNull() },
      { readAt: new Date() },
    );
  }

  /** Deletes the notifications about weeks before `weekKey` (reminders and learning-time requests name their week). */
  async deleteAboutWeeksBefore(organizationId: string, weekKey: string, tx?: EntityManager): Promise<number> {
    const [, deleted]: [unknown, number] = await (tx ?? this.dataSource.manager).query(
      `DELETE FROM notification WHERE organization_id = $1 AND data->>'week' < $2`,
      [organizationId, weekKey],
    );
    return deleted;
  }

  /** Deletes every notification of the person (an erasure). */
  async deleteAllOf(organizationId: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `DELETE FROM notification WHERE organization_id = $1 AND user_id = $2`,
      [organizationId, userId],
    );
  }
}
