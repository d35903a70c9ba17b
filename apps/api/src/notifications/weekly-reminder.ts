import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { claimRun, PeriodicJob } from '../common/jobs/periodic-job';
import { BACKGROUND } from '../database/data-source-options';
import { NotificationsService } from './notifications.service';

const JOB = 'weekly_reminder';
const CHECK_EVERY_MS = 10 * 60 * 1000;
/** Reminders go out from Monday 09:00 local time. */
const SEND_FROM_HOUR = 9;

function isMondayBefore(now: Date, timeZone: string, hour: number): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const weekday = parts.find((p) => p.type === 'weekday')?.value;
  return weekday === 'Mon' && Number(parts.find((p) => p.type === 'hour')?.value) < hour;
}

/**
 * Once a week, reminds every active professional whose reflection of last week is missing or
 * not submitted, unless they joined only after it (app_user.first_week). Every instance checks every
 * few minutes; the job_run key makes it run once.
 */
@Injectable()
export class WeeklyReminder extends PeriodicJob {
  constructor(
    @InjectDataSource(BACKGROUND) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {
    super(config.backgroundJobs, CHECK_EVERY_MS);
  }

  /** Sends the reminders that are due; returns how many people were reminded. */
  async runDue(now = new Date()): Promise<number> {
    const organizations: { id: string; timezone: string }[] = await this.dataSource.query(
      `SELECT id, timezone FROM organization /* across organisations: the job visits each organisation */`,
    );
    let reminded = 0;
    for (const organization of organizations) {
      if (isMondayBefore(now, organization.timezone, SEND_FROM_HOUR)) continue;
      const week = isoWeekKey(now, organization.timezone);
      const lastWeek = formatIsoWeek(addIsoWeeks(parseIsoWeek(week)!, -1));
      const recipients = await this.dataSource.transaction(async (manager) => {
        if (!(await claimRun(manager, organization.id, JOB, week))) return [];
        const rows: { id: string }[] = await manager.query(
          `SELECT u.id FROM app_user u
            WHERE u.organization_id = $1 AND u.active AND u.first_week <= $2
              AND NOT EXISTS (SELECT 1 FROM vital_week w WHERE w.organization_id = u.organization_id AND w.owner_id = u.id AND w.week_key = $2 AND w.status = 'submitted')`,
          [organization.id, lastWeek],
        );
        const userIds = rows.map((row) => row.id);
        await this.notifications.notify(manager, {
          organizationId: organization.id,
          userIds,
          kind: 'week.reminder',
          data: { week: lastWeek },
        });
        return userIds;
      });
      await this.notifications.mailTo(organization.id, recipients, {
        subject: `Vitaal: je reflectie van week ${lastWeek} / your reflection of week ${lastWeek}`,
        text: `Kijk nog even terug op week ${lastWeek}: wat heb je geleerd en toegepast?\n\nTake a moment to look back on week ${lastWeek}: what did you learn and apply?`,
      });
      reminded += recipients.length;
    }
    return reminded;
  }
}
