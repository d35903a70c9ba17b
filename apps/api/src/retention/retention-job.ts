import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localIsoDate, type IsoWeekKey } from '@vitaal/shared/iso-week';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { claimRun, PeriodicJob } from '../common/jobs/periodic-job';
import { BACKGROUND } from '../database/data-source-options';
import { LearningTimeRequest } from '../learning-time/learning-time-request.entity';
import { Organization } from '../organizations/organization.entity';
import { Week } from '../weeks/week.entity';
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
    @InjectDataSource(BACKGROUND) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
  ) {
    super(config.backgroundJobs, CHECK_EVERY_MS);
  }

  /** Applies the retention period where today's run is due; returns the runs this call made. */
  async runDue(now = new Date()): Promise<RetentionRun[]> {
    const organizations = await this.dataSource.getRepository(Organization).find({
      select: { id: true, timezone: true, retentionMonths: true },
      comment: 'across organisations: the job visits each organisation',
    });
    const runs: RetentionRun[] = [];
    for (const organization of organizations) {
      if (localHour(now, organization.timezone) < RUN_FROM_HOUR) continue;
      const run = await this.dataSource.transaction((manager) =>
        this.apply(manager, organization, localIsoDate(now, organization.timezone)),
      );
      if (run) runs.push(run);
    }
    return runs;
  }

  /** Claims the organisation's run of `today` and deletes in the same transaction, so a failed run is retried. */
  private async apply(
    manager: EntityManager,
    organization: RetainedOrganization,
    today: string,
  ): Promise<RetentionRun | null> {
    if (!(await claimRun(manager, organization.id, JOB, today))) return null;
    const before = firstWeekKept(today, organization.retentionMonths);
    const old = { organizationId: organization.id, weekKey: LessThan(before) };
    // Goal links go with their week (ON DELETE CASCADE); plain deletes keep summary triggers exact.
    const weeks = (await manager.delete(Week, old)).affected ?? 0;
    const learningTimeRequests = (await manager.delete(LearningTimeRequest, old)).affected ?? 0;
    // Reminders and request notifications name the week they are about.
    const [, notifications]: [unknown, number] = await manager.query(
      `DELETE FROM notification WHERE organization_id = $1 AND data->>'week' < $2`,
      [organization.id, before],
    );
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
        manager,
      );
    }
    return run;
  }
}
