import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { PeriodicJob } from '../common/jobs/periodic-job';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Removes sign-in counters that no longer say anything: no lock in force, a window (and so any
 * remembered lockout) older than a day, and no address the account is still known at. Every
 * instance may run it; a second run finds nothing.
 */
@Injectable()
export class SignInThrottleSweep extends PeriodicJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.backgroundJobs, CHECK_EVERY_MS);
  }

  async runDue(): Promise<number> {
    const [, removed]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM sign_in_throttle
        WHERE window_started_at < now() - interval '1 day'
          AND (locked_until IS NULL OR locked_until < now())
          AND (known_until IS NULL OR known_until < now())`,
    );
    return removed;
  }
}
