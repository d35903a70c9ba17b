import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per scheduled job, organisation and period. Inserting it is how one API instance
 * claims the run: the others find the key taken and skip, so the job runs once however many
 * instances there are. The row commits together with the job's work.
 */
@Entity({ name: 'job_run' })
export class JobRun {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'text' })
  job: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @CreateDateColumn({ name: 'ran_at', type: 'timestamptz' })
  ranAt: Date;
}
