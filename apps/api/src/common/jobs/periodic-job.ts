import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A background job every instance checks on a timer. Runs are made unique per organisation and
 * period with a job_run row (claimRun), so two instances never do the same run twice.
 */
export abstract class PeriodicJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(
    private readonly enabled: boolean,
    private readonly checkEveryMs: number,
  ) {}

  /** Does what is due at `now`; tests call it directly. */
  abstract runDue(now?: Date): Promise<unknown>;

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(
      () => void this.runDue().catch((error: Error) => this.logger.error(error.message)),
      this.checkEveryMs,
    );
    this.timer.unref();
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
