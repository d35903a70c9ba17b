import { Injectable } from '@nestjs/common';
import {
  addIsoWeeks,
  compareIsoWeeks,
  formatIsoWeek,
  isoWeekKey,
  isoWeekMonday,
  isWithinIsoWeekYears,
  LAST_ISO_WEEK,
  parseIsoWeek,
  startOfLocalDay,
  type IsoWeek,
} from '@vitaal/shared/iso-week';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict, ValidationFailed } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { GoalsRepository } from '../goals/goals.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { MembershipsRepository } from '../teams/memberships.repository';
import { BalanceService, quarterPeriod, yearPeriod } from './balance.service';
import type {
  ApprovalItem,
  ApprovalQuery,
  BalanceResponse,
  BulkDecisionDto,
  CreateLearningTimeRequestDto,
  DecisionDto,
  LearningTimeRequestResponse,
  RequestListQuery,
  TeamCalendarQuery,
  TeamCalendarWeek,
  UpdateLearningTimeRequestDto,
} from './learning-time.dto';
import type { LearningTimeRequest } from './learning-time-request.entity';
import {
  LearningTimeRequestsRepository,
  type LearningTimeRequestRow,
  type RequestChanges,
} from './learning-time-requests.repository';

/** How far ahead learning time can be requested. */
const MAX_WEEKS_AHEAD = 26;

/** The columns a requester may change, in the order they are compared. */
const CHANGEABLE = ['teamId', 'weekKey', 'date', 'hours', 'form', 'purpose', 'goalId'] as const;

const toResponse = (r: LearningTimeRequestRow): LearningTimeRequestResponse => ({
  id: r.id,
  requester: { id: r.requesterId, displayName: r.requesterName },
  teamId: r.teamId,
  teamName: r.teamName,
  week: r.weekKey as LearningTimeRequestResponse['week'],
  date: r.date,
  hours: r.hours,
  form: r.form,
  purpose: r.purpose,
  goalId: r.goalId,
  status: r.status,
  decidedBy: r.decidedBy ? { id: r.decidedBy, displayName: r.deciderName ?? '' } : null,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionComment: r.decisionComment,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
});

@Injectable()
export class LearningTimeService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly requests: LearningTimeRequestsRepository,
    private readonly goals: GoalsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly balance: BalanceService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateLearningTimeRequestDto): Promise<LearningTimeRequestResponse> {
    const request = await this.transactions.run(async (tx) => {
      await this.checkFields(actor, { ...input, date: input.date ?? null, goalId: input.goalId ?? null }, tx);
      const saved = await this.requests.create(
        actor.organizationId,
        {
          requesterId: actor.userId,
          teamId: input.teamId,
          weekKey: input.week,
          date: input.date ?? null,
          hours: input.hours,
          form: input.form,
          purpose: input.purpose,
          goalId: input.goalId ?? null,
        },
        tx,
      );
      const managers = await this.managersOf(actor, saved.teamId, tx);
      await this.notifications.notify(tx, {
        organizationId: actor.organizationId,
        userIds: managers,
        kind: 'learning_time.requested',
        data: { requestId: saved.id, week: saved.weekKey, hours: saved.hours },
      });
      return { saved, managers };
    });
    await this.notifications.mailTo(actor.organizationId, request.managers, {
      subject: 'Vitaal: nieuwe aanvraag voor leertijd / new learning-time request',
      text: `Er is een aanvraag voor ${request.saved.hours} uur leertijd in week ${request.saved.weekKey}. Beslis erover in Vitaal.\n\nA colleague asked for ${request.saved.hours} hours of learning time in week ${request.saved.weekKey}. Decide on it in Vitaal.`,
    });
    return this.get(actor, request.saved.id);
  }

  async listMine(actor: Actor, query: RequestListQuery): Promise<Page<LearningTimeRequestResponse>> {
    const [rows, total] = await this.requests.listOf(actor.organizationId, actor.userId, query);
    return page(rows.map(toResponse), total, query);
  }

  async get(actor: Actor, id: string): Promise<LearningTimeRequestResponse> {
    const { request } = await this.access.require(actor, 'learning_time.read', { requestId: id });
    return toResponse(request!);
  }

  /** A pending request can still be changed by its requester, on the version they read. */
  async update(
    actor: Actor,
    id: string,
    { version, week, ...changes }: UpdateLearningTimeRequestDto,
  ): Promise<LearningTimeRequestResponse> {
    await this.transactions.run(async (tx) => {
      const { request } = await this.access.require(actor, 'learning_time.change', { requestId: id }, tx);
      if (request.version !== version)
        throw new Conflict('This request was changed elsewhere meanwhile.', 'version_conflict');
      if (request.status !== 'pending') throw new Conflict('Only a pending request can be changed.');
      const next = { ...request, ...changes, weekKey: week ?? request.weekKey };
      await this.checkFields(
        actor,
        { week: next.weekKey, date: next.date, goalId: next.goalId, teamId: next.teamId },
        tx,
      );
      await this.requests.update(actor.organizationId, id, changedFields(request, next), tx);
    });
    return this.get(actor, id);
  }

  /** Pending requests can be cancelled; approved ones until their week starts. */
  async cancel(actor: Actor, id: string): Promise<LearningTimeRequestResponse> {
    await this.transactions.run(async (tx) => {
      const { request } = await this.access.require(actor, 'learning_time.change', { requestId: id }, tx);
      const started = Date.now() >= this.weekStart(actor, parseIsoWeek(request.weekKey)!).getTime();
      if (!(request.status === 'pending' || (request.status === 'approved' && !started))) {
        throw new Conflict(
          request.status === 'approved'
            ? 'The week has started: approved time can no longer be cancelled.'
            : `A ${request.status} request cannot be cancelled.`,
        );
      }
      await this.requests.cancel(actor.organizationId, id, tx);
      await this.notifications.notify(tx, {
        organizationId: actor.organizationId,
        userIds: await this.managersOf(actor, request.teamId, tx),
        kind: 'learning_time.cancelled',
        data: { requestId: id, week: request.weekKey },
      });
    });
    return this.get(actor, id);
  }

  /** One queue of the requests of all teams the actor decides for, each with the requester's balance. */
  async approvals(actor: Actor, query: ApprovalQuery): Promise<Page<ApprovalItem>> {
    const scope = this.access.scope(actor, 'learning_time.decide');
    if (scope.teams !== 'all' && scope.teams.length === 0) return page([], 0, query);
    const [rows, total] = await this.requests.queue(actor.organizationId, scope, query);

    const years = [...new Set(rows.map((r) => parseIsoWeek(r.weekKey)!.year))];
    const requesters = [...new Set(rows.map((r) => r.requesterId))];
    const byYear = new Map(
      await Promise.all(
        years.map(
          async (year) =>
            [year, await this.balance.balances(actor.organizationId, requesters, yearPeriod(year))] as const,
        ),
      ),
    );
    const items = rows.map((row) => {
      const requesterBalance = byYear.get(parseIsoWeek(row.weekKey)!.year)!.get(row.requesterId)!;
      const pendingOthers =
        row.status === 'pending' ? requesterBalance.approved + row.hours : requesterBalance.approved;
      return { ...toResponse(row), requesterBalance, exceedsNorm: pendingOthers > requesterBalance.norm };
    });
    return page(items, total, query);
  }

  async decide(actor: Actor, id: string, input: DecisionDto): Promise<LearningTimeRequestResponse> {
    const [request] = await this.decideAll(actor, [id], input);
    return request!;
  }

  /** Several decisions at once: all of them, or none when one cannot be made. */
  async decideMany(actor: Actor, input: BulkDecisionDto): Promise<LearningTimeRequestResponse[]> {
    return this.decideAll(actor, input.requestIds, input);
  }

  /** Approved learning time of a team per week: for its managers, L&O staff and admins. */
  async teamCalendar(actor: Actor, query: TeamCalendarQuery): Promise<TeamCalendarWeek[]> {
    await this.access.require(actor, 'learning_time.read', { teamId: query.teamId });
    const first = parseIsoWeek(query.from ?? this.currentWeek(actor))!;
    if (!isWithinIsoWeekYears(addIsoWeeks(first, query.weeks - 1)))
      throw new ValidationFailed([
        { field: 'from', message: `the weeks shown must end by ${formatIsoWeek(LAST_ISO_WEEK)}` },
      ]);
    const weeks = Array.from({ length: query.weeks }, (_, i) => formatIsoWeek(addIsoWeeks(first, i)));
    const rows = await this.requests.approvedOf(actor.organizationId, query.teamId, {
      from: weeks[0]!,
      to: weeks.at(-1)!,
    });
    return weeks.map((week) => ({
      week: week as TeamCalendarWeek['week'],
      entries: rows
        .filter((row) => row.weekKey === week)
        .map((row) => ({
          requestId: row.id,
          userId: row.requesterId,
          displayName: row.requesterName,
          hours: row.hours,
          form: row.form,
          date: row.date,
        })),
    }));
  }

  async myBalance(actor: Actor, year?: number): Promise<BalanceResponse> {
    const current = parseIsoWeek(this.currentWeek(actor))!;
    const week = year && year !== current.year ? { year, week: 1 } : current;
    const [norms, yearly, quarterly] = await Promise.all([
      this.balance.weeklyNorms(actor.organizationId, [actor.userId], this.currentWeek(actor)),
      this.balance.balances(actor.organizationId, [actor.userId], yearPeriod(week.year)),
      this.balance.balances(actor.organizationId, [actor.userId], quarterPeriod(week)),
    ]);
    return {
      weeklyNorm: norms.get(actor.userId) ?? 0,
      year: yearly.get(actor.userId)!,
      quarter: quarterly.get(actor.userId)!,
    };
  }

  private async decideAll(actor: Actor, ids: string[], input: DecisionDto): Promise<LearningTimeRequestResponse[]> {
    const decided = await this.transactions.run(async (tx) => {
      const { requests } = await this.access.require(actor, 'learning_time.decide', { requestIds: ids }, tx);
      for (const request of requests) {
        const changed = await this.requests.decide(
          actor.organizationId,
          request.id,
          { decision: input.decision, decidedBy: actor.userId, comment: input.comment ?? '' },
          tx,
        );
        if (!changed)
          throw new Conflict(`The request for week ${request.weekKey} has already been decided or cancelled.`);
        await this.audit.record(
          {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: `learning_time.${input.decision}`,
            target: { type: 'learning_time_request', id: request.id },
            details: { requesterId: request.requesterId, hours: request.hours, week: request.weekKey },
          },
          tx,
        );
        await this.notifications.notify(tx, {
          organizationId: actor.organizationId,
          userIds: [request.requesterId],
          kind: `learning_time.${input.decision}`,
          data: { requestId: request.id, week: request.weekKey, hours: request.hours },
        });
      }
      return requests;
    });
    await this.notifications.mailTo(actor.organizationId, [...new Set(decided.map((r) => r.requesterId))], {
      subject:
        input.decision === 'approved'
          ? 'Vitaal: leertijd goedgekeurd / learning time approved'
          : 'Vitaal: leertijd afgewezen / learning time rejected',
      text: `Er is beslist over je aanvraag voor leertijd. Bekijk het in Vitaal.\n\nYour learning-time request has been decided. See Vitaal for details.`,
    });
    const rows = await this.requests.listWithNames(actor.organizationId, ids);
    const byId = new Map(rows.map((row) => [row.id, toResponse(row)]));
    return ids.map((id) => byId.get(id)!);
  }

  private async checkFields(
    actor: Actor,
    fields: { week: string; date: string | null; goalId: string | null; teamId: string },
    tx: EntityManager,
  ): Promise<void> {
    const week = parseIsoWeek(fields.week);
    if (!week) throw new ValidationFailed([{ field: 'week', message: 'week must be an ISO week like 2026-W48' }]);
    const current = parseIsoWeek(this.currentWeek(actor))!;
    if (compareIsoWeeks(week, current) < 0)
      throw new ValidationFailed([{ field: 'week', message: 'lies in the past' }]);
    if (compareIsoWeeks(week, addIsoWeeks(current, MAX_WEEKS_AHEAD)) > 0)
      throw new ValidationFailed([{ field: 'week', message: `is more than ${MAX_WEEKS_AHEAD} weeks ahead` }]);
    if (fields.date) {
      const monday = isoWeekMonday(week);
      const sunday = new Date(new Date(`${monday}T00:00:00Z`).getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
      if (fields.date < monday || fields.date > sunday)
        throw new ValidationFailed([{ field: 'date', message: 'must be a day within the week' }]);
    }
    if (!this.access.scope(actor, 'learning_time.request').teams.includes(fields.teamId))
      throw new ValidationFailed([{ field: 'teamId', message: 'must be one of your teams' }]);
    const { ownerId } = this.access.scope(actor, 'goal.link');
    if (fields.goalId && (await this.goals.countAmong(actor.organizationId, ownerId, [fields.goalId], tx)) === 0)
      throw new ValidationFailed([{ field: 'goalId', message: 'must be one of your goals' }]);
  }

  /** Who hears of a request: the team's managers, except the person who acted (a manager asking for themself). */
  private async managersOf(actor: Actor, teamId: string, tx: EntityManager): Promise<string[]> {
    const managers = await this.memberships.managersOf(actor.organizationId, teamId, tx);
    return managers.filter((id) => id !== actor.userId);
  }

  private currentWeek(actor: Actor) {
    return isoWeekKey(new Date(), actor.organization.timezone);
  }

  private weekStart(actor: Actor, week: IsoWeek): Date {
    return startOfLocalDay(isoWeekMonday(week), actor.organization.timezone);
  }
}

/** The fields of `next` that differ from the request as it is. */
function changedFields(request: LearningTimeRequest, next: LearningTimeRequest): RequestChanges {
  return Object.fromEntries(
    CHANGEABLE.filter((key) => next[key] !== undefined && next[key] !== request[key]).map((key) => [key, next[key]]),
  );
}
