import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Goal } from './goal.entity';

/** Goals with their milestones. */
@Injectable()
export class GoalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string, goalId: string, tx?: EntityManager): Promise<Goal | null> {
    return (tx ?? this.dataSource.manager).findOneBy(Goal, { id: goalId, organizationId });
  }

  /** The goal, locked until the transaction ends, so a version check and the save see the same row. */
  findForChange(organizationId: string, goalId: string, tx: EntityManager): Promise<Goal | null> {
    return tx.findOne(Goal, { where: { id: goalId, organizationId }, lock: { mode: 'pessimistic_write' } });
  }
}
