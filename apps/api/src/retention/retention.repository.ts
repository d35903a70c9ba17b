import { Injectable } from '@nestjs/common';
import { LessThan, type EntityManager } from 'typeorm';
import { LearningTimeRequest } from '../learning-time/learning-time-request.entity';
import { Week } from '../weeks/week.entity';

/**
 * The records the retention period ends, by the week they are about (tables vital_week,
 * learning_time_request). Only in the retention job's run (JobRunsRepository.runOnce), so on the jobs' pool.
 */
@Injectable()
export class RetentionRepository {
  /**
   * Deletes the weeks before `weekKey`, with their goal links (ON DELETE CASCADE); one plain delete, so
   * the summary triggers keep the team figures exact. Returns how many weeks went.
   */
  async deleteWeeksBefore(organizationId: string, weekKey: string, tx: EntityManager): Promise<number> {
    const { affected } = await tx.delete(Week, {
      organizationId,
      weekKey: LessThan(weekKey),
    });
    return affected ?? 0;
  }

  /** Deletes the learning-time requests for weeks before `weekKey`; returns how many went. */
  async deleteLearningTimeRequestsBefore(organizationId: string, weekKey: string, tx: EntityManager): Promise<number> {
    const { affected } = await tx.delete(LearningTimeRequest, {
      organizationId,
      weekKey: LessThan(weekKey),
    });
    return affected ?? 0;
  }
}
