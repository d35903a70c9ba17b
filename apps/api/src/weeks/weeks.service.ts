import { Injectable } from '@nestjs/common';
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
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { GoalsRepository } from '../goals/goals.repository';
import { NormsRepository } from '../learning-norm/norms.repository';
import type { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import type {
  MyOverviewResponseDto,
  OthersWeekResponseDto,
  SaveWeekDto,
  WeekRangeQuery,
  WeekResponse,
  WeekSummaryResponse,
} from './week.dto';
import { WeekCalendar } from './week-calendar';
import type { Week } from './week.entity';
import { columnsOf, toSummary, toWeekResponse } from './week.mapper';
import { WeeksRepository } from './weeks.repository';

/** The streak may reach further back than the chart; a year is enough to count it. */
const STREAK_WEEKS = 53;

/** Nobody has weeks, missing or not, before the week from which they count. */
const countedFrom = (person: Pick<User, 'firstWeek'>, keys: IsoWeekKey[]) =>
  keys.filter((key) => key >= person.firstWeek);

@Injectable()
export class WeeksService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly weeks: WeeksRepository,
    private readonly goals: GoalsRepository,
    private readonly users: UsersRepository,
    private readonly norms: NormsRepository,
  ) {}

  /** The week as saved, or an empty one whose intentions carry last week's next step. */
  async get(actor: Actor, key: string): Promise<WeekResponse> {
    const calendar = this.calendar(actor);
    const week = calendar.parse('week', key);
    const weekKey = formatIsoWeek(week);
    const saved = await this.weeks.find(actor.organizationId, { ownerId: actor.userId, weekKey });
    const links = saved ? await this.weeks.linksOf(actor.organizationId, saved.id) : [];
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
    // Without goals the write is one statement, whole on its own; with goals it shares a transaction with their changes.
    const saved =
      input.goals.length === 0
        ? await this.write(actor, week, input.version, columns)
        : await this.transactions.run(async (tx) => {
            await this.requireOwnGoals(
              actor,
              input.goals.map((g) => g.goalId),
              tx,
            );
            const written = await this.write(actor, week, input.version, columns, tx);
            if (!written) return null;
            await this.weeks.link(
              actor.organizationId,
              input.goals.map((g) => ({ ...g, weekId: written.id })),
              tx,
            );
            await this.applyProgress(actor, input.goals, tx);
            return written;
          });
    if (!saved) throw new Conflict('This week was saved elsewhere meanwhile.', 'version_conflict');
    // The links are exactly what was asked for, so the answer is built from them without reading them back.
    return toWeekResponse(formatIsoWeek(week), saved, input.goals, calendar.editableUntil(week), new Date());
  }

  /**
   * Writes the week on the version the person read, in one statement: a new week only when none exists
   * yet, an existing one only when nobody saved it meanwhile, dropping its goal links. Null when the version is stale.
   */
  private write(
    actor: Actor,
    week: IsoWeek,
    version: number,
    columns: Partial<Week>,
    tx?: EntityManager,
  ): Promise<Week | null> {
    const of = { ownerId: actor.userId, weekKey: formatIsoWeek(week) };
    return version === 0
      ? this.weeks.create(actor.organizationId, { ...of, startsOn: isoWeekMonday(week) }, columns, tx)
      : this.weeks.update(actor.organizationId, { ...of, version }, columns, tx);
  }

  /** Marks the week as done; it needs the reflection's hours and the three scores. */
  async submit(actor: Actor, key: string): Promise<WeekResponse> {
    return this.transactions.run(async (tx) => {
      const calendar = this.calendar(actor);
      const week = calendar.writable('week', key);
      const weekKey = formatIsoWeek(week);
      if (!calendar.isEditable(week)) throw new Conflict('The edit window of this week has closed.', 'week_closed');
      const saved = await this.weeks.findForChange(actor.organizationId, { ownerId: actor.userId, weekKey }, tx);
      if (!saved) throw new ValidationFailed([{ field: 'reflection', message: 'save the week before submitting it' }]);
      const missing: FieldError[] = [];
      for (const score of ['energy', 'climate', 'workload'] as const) {
        if (saved[score] === null)
          missing.push({ field: `reflection.${score}`, message: 'is needed to submit the week' });
      }
      if (saved.actualHours === null)
        missing.push({ field: 'reflection.hours', message: 'fill in the hours you learned (0 is fine)' });
      if (missing.length) throw new ValidationFailed(missing, 'The reflection is not complete yet.');
      // Submitting again changes nothing, not even the version.
      const submitted =
        saved.status === 'submitted' && saved.submittedAt
          ? saved
          : await this.weeks.submit(actor.organizationId, saved.id, tx);
      return toWeekResponse(
        weekKey,
        submitted,
        await this.weeks.linksOf(actor.organizationId, saved.id, tx),
        calendar.editableUntil(week),
        new Date(),
      );
    });
  }

  async list(actor: Actor, query: WeekRangeQuery): Promise<WeekSummaryResponse[]> {
    const calendar = this.calendar(actor);
    const keys = this.rangeOf(calendar, query);
    const [owner, weeks] = await Promise.all([this.me(actor), this.weeksOf(actor.organizationId, actor.userId, keys)]);
    return countedFrom(owner, keys).map((key) => toSummary(key, weeks.get(key)));
  }

  async overview(actor: Actor, weekCount: number): Promise<MyOverviewResponseDto> {
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
      this.me(actor),
      this.norms.ofPeople(actor.organizationId, [actor.userId], shown),
    ]);
    const hasActiveGoal = await this.goals.hasActive(actor.organizationId, actor.userId);
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
   * A person's weeks as their managers and L&O staff may see them (docs/privacy.md): never scores, and for
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
        actualHours: seesStatus && week?.status === 'submitted' ? week.actualHours : null,
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
    const weeks = await this.weeks.listOf(organizationId, ownerId, { from: keys[0]!, to: keys.at(-1)! });
    return new Map(weeks.map((week) => [week.weekKey, week]));
  }

  /** The signed-in person; there as long as their session is. */
  private async me(actor: Actor): Promise<User> {
    const user = await this.users.find(actor.organizationId, actor.userId);
    if (!user) throw new NotFound();
    return user;
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

  /** Only goals the person may link to their week: their own (the access entry says whose). */
  private async requireOwnGoals(actor: Actor, goalIds: string[], tx: EntityManager): Promise<void> {
    if (goalIds.length === 0) return;
    const { ownerId } = this.access.scope(actor, 'goal.link');
    if ((await this.goals.countAmong(actor.organizationId, ownerId, goalIds, tx)) !== goalIds.length)
      throw new ValidationFailed([{ field: 'goals', message: 'contains a goal that is not yours' }]);
  }

  private async applyProgress(actor: Actor, goals: SaveWeekDto['goals'], tx: EntityManager): Promise<void> {
    const { ownerId } = this.access.scope(actor, 'goal.link');
    for (const { goalId, progress } of goals) {
      if (progress !== null) await this.goals.progressFromWeek(actor.organizationId, { ownerId, goalId, progress }, tx);
    }
  }

  private async previousNextStep(actor: Actor, week: IsoWeek): Promise<string> {
    const previous = await this.weeks.find(actor.organizationId, {
      ownerId: actor.userId,
      weekKey: formatIsoWeek(addIsoWeeks(week, -1)),
    });
    return previous?.nextStep ?? '';
  }

  private calendar(actor: Actor): WeekCalendar {
    return new WeekCalendar(actor.organization.timezone, actor.organization.reflectionEditWindowDays);
  }
}
