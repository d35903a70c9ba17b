import { Inject, Injectable } from '@nestjs/common';
import { isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import ical, { ICalEventTransparency } from 'ical-generator';
import { hashToken, newOrganizationToken, readOrganizationToken } from '../auth/tokens';
import type { Actor } from '../access/actor';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { NotFound } from '../common/errors/domain-error';
import { UsersRepository } from '../users/users.repository';
import { LearningTimeRequestsRepository } from './learning-time-requests.repository';

const DAY_MS = 86_400_000;
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The most recent approved requests a feed holds. */
const FEED_SIZE = 500;

/** A private iCalendar feed of a person's approved learning time, behind a secret, revocable URL. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly users: UsersRepository,
    private readonly requests: LearningTimeRequestsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new secret URL; the previous one stops working. */
  async rotate(actor: Actor): Promise<{ url: string }> {
    const token = newOrganizationToken(actor.organizationId);
    await this.users.update(actor.organizationId, actor.userId, { calendarTokenHash: hashToken(token) });
    return { url: `${this.config.appUrl}/api/v1/calendar/${token}.ics` };
  }

  async revoke(actor: Actor): Promise<void> {
    await this.users.update(actor.organizationId, actor.userId, { calendarTokenHash: null });
  }

  async feed(token: string): Promise<string> {
    const routed = readOrganizationToken(token);
    const user = routed && (await this.users.findByCalendarToken(routed.organizationId, routed.tokenHash));
    if (!user) throw new NotFound();
    const requests = await this.requests.approvedFor(user.organizationId, user.id, FEED_SIZE);
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
