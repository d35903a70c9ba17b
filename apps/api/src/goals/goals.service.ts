import { Injectable } from '@nestjs/common';
import {
  GOAL_TRANSITIONS,
  MAX_GOALS_PER_PERSON,
  MAX_MILESTONES,
  milestoneProgress,
  type GoalStatus,
} from '@vitaal/shared/goals';
import { localIsoDate } from '@vitaal/shared/iso-week';
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict, DomainError, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { UsersRepository } from '../users/users.repository';
import type {
  CreateGoalDto,
  CreateMilestoneDto,
  GoalListQuery,
  GoalResponse,
  GoalWeekResponse,
  ReorderMilestonesDto,
  UpdateGoalDto,
  UpdateMilestoneDto,
} from './goal.dto';
import type { Goal } from './goal.entity';
import { toGoalResponse } from './goal.mapper';
import { GoalsRepository } from './goals.repository';
import type { Milestone } from './milestone.entity';

@Injectable()
export class GoalsService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly goals: GoalsRepository,
    private readonly users: UsersRepository,
  ) {}

  async listMine(actor: Actor, query: GoalListQuery): Promise<GoalResponse[]> {
    return this.listOf(actor, actor.userId, { statuses: query.status ? [query.status] : undefined, sharedOnly: false });
  }

  /** A person's shared goals, for their managers and L&O staff; all of them for the person. */
  async listShared(actor: Actor, ownerId: string): Promise<GoalResponse[]> {
    const { seesPrivate } = await this.access.require(actor, 'person.shared.read', { personId: ownerId });
    return this.listOf(actor, ownerId, { sharedOnly: !seesPrivate });
  }

  async get(actor: Actor, id: string): Promise<GoalResponse> {
    const { goal } = await this.access.require(actor, 'goal.read', { goalId: id });
    return toGoalResponse(goal, await this.goals.milestonesOf(actor.organizationId, [goal.id]));
  }

  async create(actor: Actor, input: CreateGoalDto): Promise<GoalResponse> {
    return this.transactions.run(async (tx) => {
      // Serialises a person's goal creation so the cap holds under concurrent requests.
      await this.users.lock(actor.organizationId, actor.userId, tx);
      if ((await this.goals.countOf(actor.organizationId, actor.userId, tx)) >= MAX_GOALS_PER_PERSON) {
        throw new DomainError(
          409,
          'goal_limit',
          `A person keeps at most ${MAX_GOALS_PER_PERSON} goals; delete one you no longer need first.`,
        );
      }
      const goal = await this.goals.create(actor.organizationId, actor.userId, input, tx);
      return toGoalResponse(goal, []);
    });
  }

  /** Saves only on the version the owner read, and only along the allowed status changes. */
  async update(actor: Actor, id: string, { version, ...changes }: UpdateGoalDto): Promise<GoalResponse> {
    return this.transactions.run(async (tx) => {
      const { goal } = await this.access.require(actor, 'goal.change', { goalId: id }, tx);
      if (goal.version !== version)
        throw new Conflict('This goal was changed elsewhere meanwhile.', 'version_conflict');
      if (changes.status && changes.status !== goal.status && !GOAL_TRANSITIONS[goal.status].includes(changes.status)) {
        throw new DomainError(
          400,
          'invalid_transition',
          `A goal that is ${goal.status} cannot become ${changes.status}.`,
          [{ field: 'status', message: `cannot change from ${goal.status} to ${changes.status}` }],
        );
      }
      const milestones = await this.goals.milestonesOf(actor.organizationId, [id], tx);
      const followed = milestoneProgress(milestones);
      if (changes.progress !== undefined && followed !== null && changes.progress !== followed) {
        throw new ValidationFailed([
          { field: 'progress', message: 'follows the milestones of this goal; tick them off instead' },
        ]);
      }
      const saved = await this.goals.update(actor.organizationId, id, changes, tx);
      return toGoalResponse(saved, milestones);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const { goal } = await this.access.require(actor, 'goal.change', { goalId: id });
    await this.goals.delete(actor.organizationId, goal.id);
  }

  async addMilestone(actor: Actor, goalId: string, input: CreateMilestoneDto): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (tx, goal, milestones) => {
      if (milestones.length >= MAX_MILESTONES)
        throw new ValidationFailed([
          { field: 'milestones', message: `a goal has at most ${MAX_MILESTONES} milestones` },
        ]);
      const position = milestones.reduce((last, m) => Math.max(last, m.position), 0) + 1;
      await this.goals.addMilestone(actor.organizationId, { goalId: goal.id, title: input.title, position }, tx);
    });
  }

  async updateMilestone(
    actor: Actor,
    goalId: string,
    milestoneId: string,
    input: UpdateMilestoneDto,
  ): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (tx, _goal, milestones) => {
      const milestone = milestones.find((m) => m.id === milestoneId);
      if (!milestone) throw new NotFound();
      const doneOn =
        input.done === undefined
          ? milestone.doneOn
          : input.done
            ? (milestone.doneOn ?? localIsoDate(new Date(), actor.organization.timezone))
            : null;
      await this.goals.updateMilestone(
        actor.organizationId,
        milestoneId,
        { title: input.title ?? milestone.title, done: input.done ?? milestone.done, doneOn },
        tx,
      );
    });
  }

  async removeMilestone(actor: Actor, goalId: string, milestoneId: string): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (tx, _goal, milestones) => {
      if (!milestones.some((m) => m.id === milestoneId)) throw new NotFound();
      await this.goals.removeMilestone(actor.organizationId, milestoneId, tx);
    });
  }

  async reorderMilestones(actor: Actor, goalId: string, input: ReorderMilestonesDto): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (tx, _goal, milestones) => {
      const current = milestones.map((m) => m.id).sort();
      if (current.join() !== [...input.milestoneIds].sort().join()) {
        throw new ValidationFailed([
          { field: 'milestoneIds', message: 'must list every milestone of the goal exactly once' },
        ]);
      }
      await this.goals.reorderMilestones(actor.organizationId, input.milestoneIds, tx);
    });
  }

  /**
   * The weeks in which the goal was worked on, with hours and the progress reached. Its owner sees
   * every week; others who may read the goal only the weeks the owner shared and submitted, and
   * their hours and submission only when they may read the owner's week status (managers, not L&O
   * staff).
   */
  async history(actor: Actor, id: string): Promise<GoalWeekResponse[]> {
    const { goal, owner } = await this.access.require(actor, 'goal.read', { goalId: id });
    const weeks = await this.goals.weeksOf(actor.organizationId, goal.id, { sharedOnly: !owner.seesPrivate });
    return weeks.map((row) => ({
      week: row.week,
      progress: row.progress,
      hours: owner.seesWeekStatus ? row.hours : null,
      submitted: owner.seesWeekStatus ? row.submitted : null,
    }));
  }

  private async listOf(
    actor: Actor,
    ownerId: string,
    filter: { statuses?: GoalStatus[]; sharedOnly: boolean },
  ): Promise<GoalResponse[]> {
    // Complete, not cut: no person has more (see create).
    const goals = await this.goals.listOf(actor.organizationId, ownerId, { ...filter, limit: MAX_GOALS_PER_PERSON });
    const milestones = await this.goals.milestonesOf(
      actor.organizationId,
      goals.map((g) => g.id),
    );
    return goals.map((goal) =>
      toGoalResponse(
        goal,
        milestones.filter((m) => m.goalId === goal.id),
      ),
    );
  }

  /** A change of the owner's milestones, after which the goal's progress follows them. */
  private async changeMilestones(
    actor: Actor,
    goalId: string,
    change: (tx: EntityManager, goal: Goal, milestones: Milestone[]) => Promise<void>,
  ): Promise<GoalResponse> {
    return this.transactions.run(async (tx) => {
      const { goal } = await this.access.require(actor, 'goal.change', { goalId }, tx);
      await change(tx, goal, await this.goals.milestonesOf(actor.organizationId, [goal.id], tx));
      const milestones = await this.goals.milestonesOf(actor.organizationId, [goal.id], tx);
      // Progress follows the milestones; without any left, the last figure stays and is set by hand again.
      const followed = milestoneProgress(milestones);
      if (followed === null || followed === goal.progress) return toGoalResponse(goal, milestones);
      const saved = await this.goals.update(actor.organizationId, goal.id, { progress: followed }, tx);
      return toGoalResponse(saved, milestones);
    });
  }
}
