import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addIsoWeeks,
  compareIsoWeeks,
  FIRST_ISO_WEEK,
  formatIsoWeek,
  isoWeekMonday,
  parseIsoWeek,
  type IsoWeek,
  type IsoWeekKey,
} from '@vitaal/shared/iso-week';
import type { FieldError } from '@vitaal/shared/problem';
import { MAX_WEEK_HOURS, MAX_WEEK_RANGE } from '@vitaal/shared/weeks';
import { Between, DataSource, In, type EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { columnValues, entityFromRow } from '../common/database/rows';
import { Conflict, ValidationFailed } from '../common/errors/domain-error';
import { Goal } from '../goals/goal.entity';
import { personNorms } from '../learning-norm/norm-hours';
import { User } from '../users/user.entity';
import type {
  MyOverviewResponseDto,
  OthersWeekResponseDto,
  SaveWeekDto,
  WeekRangeQuery,
  WeekResponse,
  WeekSummaryResponse,
} from './week.dto';
import { WeekCalendar } from './week-calendar';
import { WeekGoalLink } from './week-goal.entity';
import { Week } from './week.entity';
import { actualHours, columnsOf, toSummary, toWeekResponse } from './week.mapper';

/** The streak may reach further back than the chart; a year is enough to count it. */
const STREAK_WEEKS = 53;

/** Nobody has weeks, missing or not, before the week from which they count. */
const countedFrom = (person: Pick<User, 'firstWeek'>, keys: IsoWeekKey[]) =>
  keys.filter((key) => key >= person.firstWeek);

@Injectable()
export class WeeksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
  ) {}

  /** The week as saved, or an empty one whose intentions carry last week's next step. */
  async get(actor: Actor, key: string): Promise<WeekResponse> {
    const calendar = this.calendar(actor);
    const week = calendar.parse('week', key);
    const weekKey = formatIsoWeek(week);
    const saved = await this.find(this.dataSource.manager, actor, weekKey);
    const links = saved ? await this.linksOf(this.dataSource.manager, actor, saved.id) : [];
    const intentions = saved ? '' : await this.previousNextStep(actor, week);
    return toWeekResponse(weekKey, saved, links, calendar.editableUntil(week), new Date(), intentions);
  }

  /**
   * Saves plan and reflection as a draft (or keeps a submitted week submitted), on the version
   * the person read. Goal progress from the reflection is applied to the goals in the same transaction.
   */
  async save(actor: Actor, key: string, input: SaveWeekDto): Promise<WeekResponse> {
    this.checkHours(input);
    const calendar = this.calendar(actor);
    const week = calendar.writable('week', key);
    if (!calendar.isEditable(week)) throw new Conflict('The edit window of this week has closed.', 'week_closed');
    const columns = columnsOf(input);
    const links = input.goals.map((g) =>
      this.dataSource.manager.create(WeekGoalLink, { organizationId: actor.organizationId, ...g }),
    );
    // Without goals the write is one statement, whole on its own; with goals it shares a transaction with their changes.
    const saved =
      links.length === 0
        ? await this.write(this.dataSource.manager, actor, week, input.version, columns)
        : await this.dataSource.transaction(async (manager) => {
            await this.requireOwnGoals(
              manager,
              actor,
              input.goals.map((g) => g.goalId),
            );
            const written = await this.write(manager, actor, week, input.version, columns);
            if (!written) return null;
            for (const link of links) link.weekId = written.id;
            await manager.insert(WeekGoalLink, links);
            await this.applyProgress(manager, actor, input.goals);
            return written;
          });
    if (!saved) throw new Conflict('This week was saved elsewhere meanwhile.', 'version_conflict');
    // The links are exactly what was asked for, so the answer is built from them without reading them back.
    return toWeekResponse(formatIsoWeek(week), saved, links, calendar.editableUntil(week), new Date());
  }

  /**
   * Writes the week on the version the person read, in one statement: a new week only when none exists
   * yet, an existing one only when nobody saved it meanwhile, dropping its goal links. Null when the version is stale.
   */
  private async write(
    manager: EntityManager,
    actor: Actor,
    week: IsoWeek,
    version: number,
    columns: Partial<Week>,
  ): Promise<Week | null> {
    const { names, params } = columnValues(manager, Week, columns);
    const keys = [actor.organizationId, actor.userId, formatIsoWeek(week)];
    const rows: Record<string, unknown>[] =
      version === 0
        ? await manager.query(
            `INSERT INTO vital_week (organization_id, owner_id, week_key, starts_on, ${names.join(', ')})
             VALUES ($1, $2, $3, $4, ${names.map((_, i) => `$${i + 5}`).join(', ')})
             ON CONFLICT (organization_id, owner_id, week_key) DO NOTHING RETURNING *`,
            [...keys, isoWeekMonday(week), ...params],
          )
        : await manager.query(
            `WITH saved AS (
               UPDATE vital_week SET ${names.map((name, i) => `${name} = $${i + 5}`).join(', ')}, version = version + 1, updated_at = now()
                WHERE organization_id = $1 AND owner_id = $2 AND week_key = $3 AND version = $4 RETURNING *),
             unlinked AS (DELETE FROM week_goal l USING saved WHERE l.organization_id = $1 AND l.week_id = saved.id)
             SELECT * FROM saved`,
            [...keys, version, ...params],
          );
    return rows[0] ? entityFromRow(manager, Week, rows[0]) : null;
  }

  /** Marks the week as done; it needs the reflection's hours and the three scores. */
  async submit(actor: Actor, key: string): Promise<WeekResponse> {
    return this.dataSource.transaction(async (manager) => {
      const calendar = this.calendar(actor);
      const week = calendar.writable('week', key);
      const weekKey = formatIsoWeek(week);
      if (!calendar.isEditable(week)) throw new Conflict('The edit window of this week has closed.', 'week_closed');
      const saved = await this.find(manager, actor, weekKey, true);
      if (!saved) throw new ValidationFailed([{ field: 'reflection', message: 'save the week before submitting it' }]);
      const missing: FieldError[] = [];
      for (const score of ['energy', 'climate', 'workload'] as const) {
        if (saved[score] === null)
          missing.push({ field: `reflection.${score}`, message: 'is needed to submit the week' });
      }
      if (actualHours(saved) === null)
        missing.push({ field: 'reflection.hours', message: 'fill in the hours you learned (0 is fine)' });
      if (missing.length) throw new ValidationFailed(missing, 'The reflection is not complete yet.');
      const submitted = await manager.save(Week, {
        ...saved,
        status: 'submitted' as const,
        submittedAt: saved.submittedAt ?? new Date(),
      });
      return toWeekResponse(
        weekKey,
        submitted,
        await this.linksOf(manager, actor, saved.id),
        calendar.editableUntil(week),
        new Date(),
      );
    });
  }

  async list(actor: Actor, query: WeekRangeQuery): Promise<WeekSummaryResponse[]> {
    const calendar = this.calendar(actor);
    const keys = this.rangeOf(calendar, query);
    const [owner, weeks] = await Promise.all([
      this.dataSource.manager.findOneOrFail(User, {
        select: { firstWeek: true },
        where: { id: actor.userId, organizationId: actor.organizationId },
      }),
      this.weeksOf(actor.organizationId, actor.userId, keys),
    ]);
    return countedFrom(owner, keys).map((key) => toSummary(key, weeks.get(key)));
  }

  async overview(actor: Actor, weekCount: number): Promise<MyOverviewResponseDto> {
    const manager = this.dataSource.manager;
    const calendar = this.calendar(actor);
    const current = calendar.current();
    const to = parseIsoWeek(current)!;
    const keys = calendar.range(addIsoWeeks(to, 1 - STREAK_WEEKS), to, STREAK_WEEKS);
    const weeks = await this.weeksOf(actor.organizationId, actor.userId, keys);
    const submitted = (key: IsoWeekKey) => weeks.get(key)?.status === 'submitted';

    const lastWeek = formatIsoWeek(addIsoWeeks(to, -1));
    let streak = submitted(current) ? 1 : 0;
    for (let week = addIsoWeeks(to, -1); submitted(formatIsoWeek(week)); week = addIsoWeeks(week, -1)) streak++;

    const shown = keys.slice(-weekCount);
    const [user, norms] = await Promise.all([
      manager.findOneByOrFail(User, { id: actor.userId, organizationId: actor.organizationId }),
      personNorms(manager, actor.organizationId, [actor.userId], shown),
    ]);
    const hasActiveGoal = await manager.exists(Goal, {
      where: { organizationId: actor.organizationId, ownerId: actor.userId, status: 'active' },
    });
    const normOf = (key: IsoWeekKey) => Math.round((norms.get(actor.userId)?.get(key) ?? 0) * 10) / 10;
    return {
      currentWeek: current,
      streak,
      weeklyNormHours: normOf(current),
      lastWeekMissing: lastWeek >= user.firstWeek && !submitted(lastWeek),
      hasActiveGoal,
      weeks: countedFrom(user, shown).map((key) => ({ ...toSummary(key, weeks.get(key)), normHours: normOf(key) })),
    };
  }

  /**
   * A person's weeks as their managers and L&O staff may see them (DESIGN §3): never scores, and for
   * L&O staff not whether each week was submitted nor its hours, only the texts the person shared.
   */
  async listOf(actor: Actor, ownerId: string, query: WeekRangeQuery): Promise<OthersWeekResponseDto[]> {
    const { person: owner, seesWeekStatus: seesStatus } = await this.access.require(actor, 'person.shared.read', {
      personId: ownerId,
    });
    const keys = this.rangeOf(this.calendar(actor), query);
    const weeks = await this.weeksOf(actor.organizationId, ownerId, keys);
    return countedFrom(owner, keys).map((key) => {
      const week = weeks.get(key);
      return {
        week: key,
        submitted: seesStatus ? week?.status === 'submitted' : null,
        plannedHours: seesStatus ? (week?.plannedHours ?? null) : null,
        actualHours: seesStatus && week && week.status === 'submitted' ? actualHours(week) : null,
        texts:
          week?.shared && week.status === 'submitted'
            ? {
                intentions: week.intentions,
                learned: week.learned,
                applied: week.applied,
                obstacles: week.obstacles,
                supportWanted: week.supportWanted,
                nextStep: week.nextStep,
              }
            : null,
      };
    });
  }

  /** `from` to `to`; without `from`, twelve weeks up to `to`, none before the first week kept. */
  private rangeOf(calendar: WeekCalendar, query: WeekRangeQuery): IsoWeekKey[] {
    const to = query.to ? calendar.parse('to', query.to) : parseIsoWeek(calendar.current())!;
    const twelveBack = addIsoWeeks(to, -11);
    const from = query.from
      ? calendar.parse('from', query.from)
      : compareIsoWeeks(twelveBack, FIRST_ISO_WEEK) < 0
        ? FIRST_ISO_WEEK
        : twelveBack;
    return calendar.range(from, to, MAX_WEEK_RANGE);
  }

  private async weeksOf(organizationId: string, ownerId: string, keys: IsoWeekKey[]): Promise<Map<string, Week>> {
    const weeks = await this.dataSource.getRepository(Week).find({
      where: { organizationId, ownerId, weekKey: Between(keys[0]!, keys.at(-1)!) },
    });
    return new Map(weeks.map((week) => [week.weekKey, week]));
  }

  private checkHours(input: SaveWeekDto): void {
    const total = Object.values(input.reflection.hours).reduce<number>((sum, value) => sum + (value ?? 0), 0);
    if (total > MAX_WEEK_HOURS)
      throw new ValidationFailed([
        { field: 'reflection.hours', message: `adds up to more than ${MAX_WEEK_HOURS} hours` },
      ]);
    const ids = input.goals.map((g) => g.goalId);
    if (new Set(ids).size !== ids.length)
      throw new ValidationFailed([{ field: 'goals', message: 'lists a goal more than once' }]);
  }

  private async requireOwnGoals(manager: EntityManager, actor: Actor, goalIds: string[]): Promise<void> {
    if (goalIds.length === 0) return;
    const own = await manager.count(Goal, {
      where: { id: In(goalIds), organizationId: actor.organizationId, ownerId: actor.userId },
    });
    if (own !== goalIds.length)
      throw new ValidationFailed([{ field: 'goals', message: 'contains a goal that is not yours' }]);
  }

  private async applyProgress(manager: EntityManager, actor: Actor, goals: SaveWeekDto['goals']): Promise<void> {
    for (const { goalId, progress } of goals) {
      if (progress === null) continue;
      await manager
        .createQueryBuilder()
        .update(Goal)
        .set({ progress, version: () => 'version + 1' })
        // A goal with milestones takes its progress from them, not from the reflection.
        .where('id = :goalId AND organization_id = :org AND owner_id = :owner AND progress <> :progress', {
          goalId,
          org: actor.organizationId,
          owner: actor.userId,
          progress,
        })
        .andWhere('NOT EXISTS (SELECT 1 FROM goal_milestone m WHERE m.organization_id = :org AND m.goal_id = :goalId)')
        .execute();
    }
  }

  private async previousNextStep(actor: Actor, week: IsoWeek): Promise<string> {
    const previous = await this.find(this.dataSource.manager, actor, formatIsoWeek(addIsoWeeks(week, -1)));
    return previous?.nextStep ?? '';
  }

  private find(manager: EntityManager, actor: Actor, weekKey: string, lock = false): Promise<Week | null> {
    return manager.findOne(Week, {
      where: { organizationId: actor.organizationId, ownerId: actor.userId, weekKey },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  private linksOf(manager: EntityManager, actor: Actor, weekId: string): Promise<WeekGoalLink[]> {
    return manager.find(WeekGoalLink, { where: { organizationId: actor.organizationId, weekId } });
  }

  private calendar(actor: Actor): WeekCalendar {
    return new WeekCalendar(actor.organization.timezone, actor.organization.reflectionEditWindowDays);
  }
}
