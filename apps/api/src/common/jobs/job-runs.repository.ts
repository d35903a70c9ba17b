import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BACKGROUND } from '../../database/data-source-options';

/**
 * The runs of the scheduled jobs (table job_run), and the transactions they work in: on the jobs' own
 * pool, whose statements may take as long as a whole organisation's data needs.
 */
@Injectable()
export class JobRunsRepository {
  constructor(@InjectDataSource(BACKGROUND) private readonly dataSource: DataSource) {}

  /**
   * Claims the organisation's run of the job for the period and does the work in the same transaction,
   * so the claim commits with the work and a failed run is tried again. Null when another instance has
   * the run: its job_run row is there already.
   */
  async runOnce<T>(
    organizationId: string,
    job: string,
    period: string,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T | null> {
    return this.dataSource.transaction(async (tx) => {
      const claimed: unknown[] = await tx.query(
        `INSERT INTO job_run (organization_id, job, period) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING period`,
        [organizationId, job, period],
      );
      return claimed.length > 0 ? work(tx) : null;
    });
  }
}
