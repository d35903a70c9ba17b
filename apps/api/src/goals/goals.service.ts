import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GOAL_TRANSITIONS, MAX_GOALS_PER_PERSON, MAX_MILESTONES, milestoneProgress } from '@vitaal/shared/goals';
import { localIsoDate } from '@vitaal/shared/iso-week';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../common/access/access.policy';
import type { Actor } from '../common/access/actor';
import { teamIdsOf } from '../common/access/person-teams';
import { Conflict, DomainError, Forbidden, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { Organization } from '../organizations/organization.entity';
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
import { Goal } from './goal.entity';
import { toGoalResponse } from './goal.mapper';
import { Milestone } from './milestone.entity';

@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async listMine(actor: Actor, query: GoalListQuery): Promise<GoalResponse[]> {
    return this.listOf(actor.organizationId, actor.userId, query.status ? [query.status] : undefined);
  }

  /** A person's shared goals, for their managers and L&O staff. */
  async listShared(actor: Actor, ownerId: string): Promise<GoalResponse[]> {
    const teams = await teamIdsOf(this.dataSource.manager, actor.organizationId, ownerId);
    const exists = await this.dataSource.query(`SELECT 1 FROM app_user WHERE id = $1 AND organization_id = $2`, [
      ownerId,
      actor.organizationId,
    ]);
    if (!exists.length || !this.policy.seesSharedOf(actor, ownerId, teams)) throw new NotFound();
    const goals = await this.listOf(actor.organizationId, ownerId);
    return actor.userId === ownerId ? goals : goals.filter((goal) => goal.visibility === 'shared');
  }

  async get(actor: Actor, id: string): Promise<GoalResponse> {
    const goal = await this.findReadable(this.dataSource.manager, actor, id);
    return toGoalResponse(goal, await this.milestonesOf(this.dataSource.manager, actor.organizationId, [goal.id]));
  }

  async create(actor: Actor, input: CreateGoalDto): Promise<GoalResponse> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises a person's goal creation so the cap holds under concurrent requests.
      await manager.query(`SELECT 1 FROM app_user WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [
        actor.userId,
        actor.organizationId,
      ]);
      const count = await manager.count(Goal, {
        where: { organizationId: actor.organizationId, ownerId: actor.userId },
      });
      if (count >= MAX_GOALS_PER_PERSON) {
        throw new DomainError(
          409,
          'goal_limit',
          `A person keeps at most ${MAX_GOALS_PER_PERSON} goals; delete one you no longer need first.`,
        );
      }
      const goal = await manager.save(
        manager.create(Goal, { ...input, organizationId: actor.organizationId, ownerId: actor.userId }),
      );
      return toGoalResponse(goal, []);
    });
  }

  /** Saves only on the version the owner read, and only along the allowed status changes. */
  async update(actor: Actor, id: string, { version, ...changes }: UpdateGoalDto): Promise<GoalResponse> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.findOwn(manager, actor, id, true);
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
      const milestones = await this.milestonesOf(manager, actor.organizationId, [id]);
      const followed = milestoneProgress(milestones);
      if (changes.progress !== undefined && followed !== null && changes.progress !== followed) {
        throw new ValidationFailed([
          { field: 'progress', message: 'follows the milestones of this goal; tick them off instead' },
        ]);
      }
      const saved = await manager.save(Goal, { ...goal, ...changes });
      return toGoalResponse(saved, milestones);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const goal = await this.findOwn(this.dataSource.manager, actor, id);
    await this.dataSource.getRepository(Goal).delete({ id: goal.id, organizationId: actor.organizationId });
  }

  async addMilestone(actor: Actor, goalId: string, input: CreateMilestoneDto): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (manager, goal, milestones) => {
      if (milestones.length >= MAX_MILESTONES)
        throw new ValidationFailed([
          { field: 'milestones', message: `a goal has at most ${MAX_MILESTONES} milestones` },
        ]);
      const position = milestones.reduce((last, m) => Math.max(last, m.position), 0) + 1;
      await manager.insert(Milestone, {
        organizationId: actor.organizationId,
        goalId: goal.id,
        title: input.title,
        position,
      });
    });
  }

  async updateMilestone(
    actor: Actor,
    goalId: string,
    milestoneId: string,
    input: UpdateMilestoneDto,
  ): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (manager, _goal, milestones) => {
      const milestone = milestones.find((m) => m.id === milestoneId);
      if (!milestone) throw new NotFound();
      const doneOn =
        input.done === undefined
          ? milestone.doneOn
          : input.done
            ? (milestone.doneOn ?? (await this.today(manager, actor)))
            : null;
      await manager.update(
        Milestone,
        { id: milestoneId, organizationId: actor.organizationId },
        { title: input.title ?? milestone.title, done: input.done ?? milestone.done, doneOn },
      );
    });
  }

  async removeMilestone(actor: Actor, goalId: string, milestoneId: string): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (manager, _goal, milestones) => {
      if (!milestones.some((m) => m.id === milestoneId)) throw new NotFound();
      await manager.delete(Milestone, { id: milestoneId, organizationId: actor.organizationId });
    });
  }

  async reorderMilestones(actor: Actor, goalId: string, input: ReorderMilestonesDto): Promise<GoalResponse> {
    return this.changeMilestones(actor, goalId, async (manager, _goal, milestones) => {
      const current = milestones.map((m) => m.id).sort();
      if (current.join() !== [...input.milestoneIds].sort().join()) {
        throw new ValidationFailed([
          { field: 'milestoneIds', message: 'must list every milestone of the goal exactly once' },
        ]);
      }
      await manager.query(
        `UPDATE goal_milestone m SET position = o.position
           FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE m.id = o.id AND m.organization_id = $2`,
        [input.milestoneIds, actor.organizationId],
      );
    });
  }

  /**
   * The weeks in which the goal was worked on, with hours and the progress reached. Its owner sees
   * every week; others who may read the goal only the weeks the owner shared and submitted, and
   * their hours and submission only when they may read the owner's week status (DESIGN §3: managers,
   * not L&O staff).
   */
  async history(actor: Actor, id: string): Promise<GoalWeekResponse[]> {
    const goal = await this.findReadable(this.dataSource.manager, actor, id);
    const own = goal.ownerId === actor.userId;
    const seesStatus =
      own ||
      this.policy.seesWeekStatusOf(
        actor,
        goal.ownerId,
        await teamIdsOf(this.dataSource.manager, actor.organizationId, goal.ownerId),
      );
    const rows: { week: string; hours: string | null; progress: number | null; submitted: boolean }[] =
      await this.dataSource.query(
        `SELECT w.week_key AS week, l.hours, l.progress, (w.status = 'submitted') AS submitted
         FROM week_goal l JOIN vital_week w ON w.id = l.week_id AND w.organization_id = l.organization_id
        WHERE l.organization_id = $1 AND l.goal_id = $2 AND ($3 OR (w.shared AND w.status = 'submitted'))
        ORDER BY w.week_key`,
        [actor.organizationId, goal.id, own],
      );
    return rows.map((row) => ({
      week: row.week,
      progress: row.progress,
      hours: seesStatus && row.hours !== null ? Number(row.hours) : null,
      submitted: seesStatus ? row.submitted : null,
    }));
  }

  private async listOf(organizationId: string, ownerId: string, statuses?: string[]): Promise<GoalResponse[]> {
    const goals = await this.dataSource.getRepository(Goal).find({
      where: { organizationId, ownerId, ...(statuses ? { status: In(statuses) } : {}) },
      order: { updatedAt: 'DESC', id: 'DESC' },
      // Complete, not cut: no person has more (see create).
      take: MAX_GOALS_PER_PERSON,
    });
    const milestones = await this.milestonesOf(
      this.dataSource.manager,
      organizationId,
      goals.map((g) => g.id),
    );
    return goals.map((goal) =>
      toGoalResponse(
        goal,
        milestones.filter((m) => m.goalId === goal.id),
      ),
    );
  }

  private async changeMilestones(
    actor: Actor,
    goalId: string,
    change: (manager: EntityManager, goal: Goal, milestones: Milestone[]) => Promise<void>,
  ): Promise<GoalResponse> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.findOwn(manager, actor, goalId, true);
      await change(manager, goal, await this.milestonesOf(manager, actor.organizationId, [goal.id]));
      const milestones = await this.milestonesOf(manager, actor.organizationId, [goal.id]);
      // Progress follows the milestones; without any left, the last figure stays and is set by hand again.
      const followed = milestoneProgress(milestones);
      if (followed === null || followed === goal.progress) return toGoalResponse(goal, milestones);
      const saved = await manager.save(Goal, { ...goal, progress: followed });
      return toGoalResponse(saved, milestones);
    });
  }

  private milestonesOf(manager: EntityManager, organizationId: string, goalIds: string[]): Promise<Milestone[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return manager.find(Milestone, {
      where: { organizationId, goalId: In(goalIds) },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  /** The owner's goal; 403 for someone who may read it but not change it, 404 for everyone else. */
  private async findOwn(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<Goal> {
    const goal = await this.findReadable(manager, actor, id, lock);
    if (goal.ownerId !== actor.userId) throw new Forbidden('Only the owner changes a goal.');
    return goal;
  }

  private async findReadable(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<Goal> {
    const goal = await manager.findOne(Goal, {
      where: { id, organizationId: actor.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!goal) throw new NotFound();
    if (goal.ownerId === actor.userId) return goal;
    if (!this.policy.canReadGoal(actor, goal, await teamIdsOf(manager, actor.organizationId, goal.ownerId)))
      throw new NotFound();
    return goal;
  }

  private async today(manager: EntityManager, actor: Actor): Promise<string> {
    const organization = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
    return localIsoDate(new Date(), organization.timezone);
  }
}
