import { Inject, Injectable } from '@nestjs/common';
import { localIsoDate, type IsoWeekKey } from '@vitaal/shared/iso-week';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { JobRunsRepository } from '../common/jobs/job-runs.repository';
import { PeriodicJob } from '../common/jobs/periodic-job';
import type { Organization } from '../organizations/organization.entity';
import { LearningTimeRequestsRepository } from '../learning-time/learning-time-requests.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { WeeksRepository } from '../weeks/weeks.repository';
import { firstWeekKept } from './retention-cutoff';

const JOB = 'retention';
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** Deletes from 02:00 local time on, so a large first clean-up falls outside working hours. */
const RUN_FROM_HOUR = 2;

type RetainedOrganization = Pick<Organization, 'id' | 'timezone' | 'retentionMonths'>;

export interface RetentionRun {
  organizationId: string;
  /** Everything of weeks before this one was deleted. */
  before: IsoWeekKey;
  weeks: number;
  learningTimeRequests: number;
  notifications: number;
}

function localHour(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
}

/**
 * Once a day per organisation, deletes the weeks (with their goal links), the learning-time requests
 * and the notifications of weeks that ended longer ago than the organisation keeps them. Every
 * instance checks every hour; the job_run key for the organisation's local date makes it run once.
 */
@Injectable()
export class RetentionJob extends PeriodicJob {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly jobRuns: JobRunsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly weeks: WeeksRepository,
    private readonly learningTimeRequests: LearningTimeRequestsRepository,
    private readonly notifications: NotificationsRepository,
  ) {
    super(config.backgroundJobs, CHECK_EVERY_MS);
  }

  /** Applies the retention period where today's run is due; returns the runs this call made. */
  async runDue(now = new Date()): Promise<RetentionRun[]> {
    const runs: RetentionRun[] = [];
    for (const organization of await this.organizations.everyOrganization()) {
      if (localHour(now, organization.timezone) < RUN_FROM_HOUR) continue;
      const today = localIsoDate(now, organization.timezone);
      const run = await this.jobRuns.runOnce(organization.id, JOB, today, (tx) => this.apply(tx, organization, today));
      if (run) runs.push(run);
    }
    return runs;
  }

  /** Deletes in the transaction that claimed the organisation's run of `today`, so a failed run is retried. */
  private async apply(tx: EntityManager, organization: RetainedOrganization, today: string): Promise<RetentionRun> {
    const before = firstWeekKept(today, organization.retentionMonths);
    const weeks = await this.weeks.deleteBefore(organization.id, before, tx);
    const learningTimeRequests = await this.learningTimeRequests.deleteBefore(organization.id, before, tx);
    // Reminders and request notifications name the week they are about.
    const notifications = await this.notifications.deleteAboutWeeksBefore(organization.id, before, tx);
    const run = { organizationId: organization.id, before, weeks, learningTimeRequests, notifications };
    // A daily "nothing to delete" would bury the events that matter.
    if (weeks + learningTimeRequests + notifications > 0) {
      await this.audit.record(
        {
          organizationId: organization.id,
          actorId: null,
          action: 'retention.applied',
          target: { type: 'organization', id: organization.id },
          details: {
            retentionMonths: organization.retentionMonths,
            before,
            weeks,
            learningTimeRequests,
            notifications,
          },
        },
        tx,
      );
    }
    return run;
  }
}
