import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import ical, { ICalEventTransparency } from 'ical-generator';
import { DataSource } from 'typeorm';
import { hashToken, newOrganizationToken, readOrganizationToken } from '../auth/tokens';
import type { Actor } from '../access/actor';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { NotFound } from '../common/errors/domain-error';
import { User } from '../users/user.entity';
import { LearningTimeRequest } from './learning-time-request.entity';

const DAY_MS = 86_400_000;
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A private iCalendar feed of a person's approved learning time, behind a secret, revocable URL. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new secret URL; the previous one stops working. */
  async rotate(actor: Actor): Promise<{ url: string }> {
    const token = newOrganizationToken(actor.organizationId);
    await this.dataSource
      .getRepository(User)
      .update({ id: actor.userId, organizationId: actor.organizationId }, { calendarTokenHash: hashToken(token) });
    return { url: `${this.config.appUrl}/api/v1/calendar/${token}.ics` };
  }

  async revoke(actor: Actor): Promise<void> {
    await this.dataSource
      .getRepository(User)
      .update({ id: actor.userId, organizationId: actor.organizationId }, { calendarTokenHash: null });
  }

  async feed(token: string): Promise<string> {
    const routed = readOrganizationToken(token);
    const user =
      routed &&
      (await this.dataSource.getRepository(User).findOne({
        where: { organizationId: routed.organizationId, calendarTokenHash: routed.tokenHash, active: true },
      }));
    if (!user) throw new NotFound();
    const requests = await this.dataSource.getRepository(LearningTimeRequest).find({
      where: { organizationId: user.organizationId, requesterId: user.id, status: 'approved' },
      order: { weekKey: 'DESC', id: 'DESC' },
      take: 500,
    });
    const calendar = ical({ name: 'Vitaal – leertijd', prodId: { company: 'Vitaal', product: 'learning-time' } });
    for (const request of requests) {
      const monday = isoWeekMonday(parseIsoWeek(request.weekKey)!);
      const start = utcDate(request.date ?? monday);
      // A request for a whole week spans its working days, Monday to Friday.
      const end = new Date(start.getTime() + (request.date ? 1 : 5) * DAY_MS);
      calendar.createEvent({
        id: `${request.id}@vitaal`,
        start,
        end,
        allDay: true,
        summary: `Leertijd: ${request.hours} uur`,
        description: request.purpose,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
    return calendar.toString();
  }
}
