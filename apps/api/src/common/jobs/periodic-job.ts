import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../database/database-unavailable';

/**
 * A background job every instance checks on a timer. Runs are made unique per organisation and
 * period with a job_run row (claimRun), so two instances never do the same run twice.
 */
export abstract class PeriodicJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(
    private readonly enabled: boolean,
    private readonly checkEveryMs: number,
  ) {}

  /** Does what is due at `now`; tests call it directly. */
  abstract runDue(now?: Date): Promise<unknown>;

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => void this.check(), this.checkEveryMs);
    this.timer.unref();
  }

  /**
   * One check. A run that fails (the database restarting, say) is logged and tried again at the next
   * check: each run claims its period in the transaction that does the work, so nothing is left half done.
   * A check while the previous run is still busy is skipped.
   */
  private async check(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.runDue();
    } catch (error) {
      if (isDatabaseUnavailable(error))
        this.logger.warn(`The database is unavailable (${(error as Error).message}); trying again at the next check`);
      else this.logger.error(error instanceof Error ? error.stack : String(error));
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

/** Claims one run of a job inside the caller's transaction; false when another instance has it. */
export async function claimRun(
  manager: EntityManager,
  organizationId: string,
  job: string,
  period: string,
): Promise<boolean> {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO job_run (organization_id, job, period) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING period`,
    [organizationId, job, period],
  );
  return claimed.length > 0;
}
