import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Removes sign-in counters that no longer say anything: no lock in force, a window (and so any
 * remembered lockout) older than a day, and no address the account is still known at. Every
 * instance may run it; a second run finds nothing.
 */
@Injectable()
export class SignInThrottleSweep extends PeriodicJob {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly counters: SignInThrottleRepository,
  ) {
    super(config.backgroundJobs, CHECK_EVERY_MS);
  }

  runDue(): Promise<number> {
    return this.counters.deleteStale();
  }
}
