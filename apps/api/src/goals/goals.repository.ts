import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoalStatus } from '@vitaal/shared/goals';
import { DataSource, In, type EntityManager } from 'typeorm';
import { updateReturning } from '../common/database/rows';
import { Goal } from './goal.entity';
import { Milestone } from './milestone.entity';

/** What the owner writes of a goal; the rest is kept by the database. */
export type GoalFields = Partial<
  Pick<
    Goal,
    | 'title'
    | 'developmentQuestion'
    | 'motivation'
    | 'challenges'
    | 'careerCompetencies'
    | 'competences'
    | 'successCriteria'
    | 'targetDate'
    | 'status'
    | 'visibility'
    | 'progress'
  >
>;

/** A week the goal was worked on (table week_goal with its week). */
export interface GoalWeekRow {
  week: IsoWeekKey;
  hours: number | null;
  progress: number | null;
  submitted: boolean;
}

/** Goals with their milestones (tables learning_goal and goal_milestone). */
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

  /** A person's goals, most recently changed first; `sharedOnly` as the access entry decided. */
  listOf(
    organizationId: string,
    ownerId: string,
    { statuses, sharedOnly, limit }: { statuses?: GoalStatus[]; sharedOnly: boolean; limit: number },
  ): Promise<Goal[]> {
    return this.dataSource.manager.find(Goal, {
      where: {
        organizationId,
        ownerId,
        ...(statuses ? { status: In(statuses) } : {}),
        ...(sharedOnly ? { visibility: 'shared' as const } : {}),
      },
      order: { updatedAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  countOf(organizationId: string, ownerId: string, tx?: EntityManager): Promise<number> {
    return (tx ?? this.dataSource.manager).countBy(Goal, { organizationId, ownerId });
  }

  /** How many of the given goals the person owns. */
  countAmong(organizationId: string, ownerId: string, goalIds: readonly string[], tx?: EntityManager): Promise<number> {
    return (tx ?? this.dataSource.manager).countBy(Goal, { organizationId, ownerId, id: In([...goalIds]) });
  }

  /** Whether the person has a goal they are working on. */
  hasActive(organizationId: string, ownerId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Goal, { organizationId, ownerId, status: 'active' });
  }

  create(organizationId: string, ownerId: string, fields: GoalFields, tx?: EntityManager): Promise<Goal> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(Goal, { ...fields, organizationId, ownerId }));
  }

  /** Saves the changes (fields left undefined stay as they are) and returns the goal as saved, with its new version. */
  update(organizationId: string, goalId: string, changes: GoalFields, tx?: EntityManager): Promise<Goal> {
    return updateReturning(tx ?? this.dataSource.manager, Goal, { id: goalId, organizationId }, changes);
  }

  /** Deletes the goal with its milestones. */
  async delete(organizationId: string, goalId: string): Promise<void> {
    await this.dataSource.manager.delete(Goal, { id: goalId, organizationId });
  }

  /** Deletes every goal of the person, with their milestones and links to weeks and sessions (an erasure). */
  async deleteAllOf(organizationId: string, ownerId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `DELETE FROM learning_goal WHERE organization_id = $1 AND owner_id = $2`,
      [organizationId, ownerId],
    );
  }

  /**
   * The progress a person reached on their goal in a week's reflection. A goal with milestones takes its
   * progress from them, not from the reflection, and stays as it is.
   */
  async progressFromWeek(
    organizationId: string,
    { ownerId, goalId, progress }: { ownerId: string; goalId: string; progress: number },
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(Goal)
      .set({ progress, version: () => 'version + 1' })
      .where('id = :goalId AND organization_id = :organizationId AND owner_id = :ownerId AND progress <> :progress', {
        goalId,
        organizationId,
        ownerId,
        progress,
      })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM goal_milestone m WHERE m.organization_id = :organizationId AND m.goal_id = :goalId)',
      )
      .execute();
  }

  /** The milestones of several goals, in their order. */
  milestonesOf(organizationId: string, goalIds: readonly string[], tx?: EntityManager): Promise<Milestone[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return (tx ?? this.dataSource.manager).find(Milestone, {
      where: { organizationId, goalId: In([...goalIds]) },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  async addMilestone(
    organizationId: string,
    milestone: Pick<Milestone, 'goalId' | 'title' | 'position'>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).insert(Milestone, { organizationId, ...milestone });
  }

  async updateMilestone(
    organizationId: string,
    milestoneId: string,
    changes: Pick<Milestone, 'title' | 'done' | 'doneOn'>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(Milestone, { id: milestoneId, organizationId }, changes);
  }

  async removeMilestone(organizationId: string, milestoneId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(Milestone, { id: milestoneId, organizationId });
  }

  /** Numbers the milestones 1, 2, ... in the order given. */
  async reorderMilestones(organizationId: string, milestoneIds: readonly string[], tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE goal_milestone m SET position = o.position
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE m.id = o.id AND m.organization_id = $2`,
      [milestoneIds, organizationId],
    );
  }

  /** The weeks the goal was worked on, oldest first; `sharedOnly`: only weeks the owner shared and submitted. */
  async weeksOf(
    organizationId: string,
    goalId: string,
    { sharedOnly }: { sharedOnly: boolean },
  ): Promise<GoalWeekRow[]> {
    const rows: (Omit<GoalWeekRow, 'hours'> & { hours: string | null })[] = await this.dataSource.query(
      `SELECT w.week_key AS week, l.hours, l.progress, (w.status = 'submitted') AS submitted
         FROM week_goal l JOIN vital_week w ON w.id = l.week_id AND w.organization_id = l.organization_id
        WHERE l.organization_id = $1 AND l.goal_id = $2 AND (NOT $3 OR (w.shared AND w.status = 'submitted'))
        ORDER BY w.week_key`,
      [organizationId, goalId, sharedOnly],
    );
    // numeric arrives as text.
    return rows.map((row) => ({ ...row, hours: row.hours === null ? null : Number(row.hours) }));
  }
}
