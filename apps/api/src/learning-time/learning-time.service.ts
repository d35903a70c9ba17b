import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { Goal } from '../goals/goal.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/organization.entity';
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
import { LearningTimeRequest } from './learning-time-request.entity';

/** How far ahead learning time can be requested. */
const MAX_WEEKS_AHEAD = 26;

interface RequestRow extends LearningTimeRequest {
  requesterName: string;
  teamName: string;
  deciderName: string | null;
}

const toResponse = (r: RequestRow): LearningTimeRequestResponse => ({
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly balance: BalanceService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateLearningTimeRequestDto): Promise<LearningTimeRequestResponse> {
    const request = await this.dataSource.transaction(async (manager) => {
      await this.checkFields(manager, actor, { ...input, date: input.date ?? null, goalId: input.goalId ?? null });
      const saved = await manager.save(
        manager.create(LearningTimeRequest, {
          organizationId: actor.organizationId,
          requesterId: actor.userId,
          teamId: input.teamId,
          weekKey: input.week,
          date: input.date ?? null,
          hours: input.hours,
          form: input.form,
          purpose: input.purpose,
          goalId: input.goalId ?? null,
        }),
      );
      const managers = await this.managersOf(manager, actor.organizationId, saved.teamId, actor.userId);
      await this.notifications.notify(manager, {
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
    const builder = this.query().where('r.organization_id = :org AND r.requester_id = :me', {
      org: actor.organizationId,
      me: actor.userId,
    });
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    const total = await builder.getCount();
    const rows = await builder
      .orderBy('r.week_key', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(query.offset)
      .limit(query.limit)
      .getRawMany<RequestRow>();
    return page(rows.map(toResponse), total, query);
  }

  async get(actor: Actor, id: string): Promise<LearningTimeRequestResponse> {
    const row = await this.query()
      .where('r.organization_id = :org AND r.id = :id', { org: actor.organizationId, id })
      .getRawOne<RequestRow>();
    if (!row) throw new NotFound();
    await this.access.require(actor, 'learning_time.read', { request: row });
    return toResponse(row);
  }

  /** A pending request can still be changed by its requester, on the version they read. */
  async update(
    actor: Actor,
    id: string,
    { version, week, ...changes }: UpdateLearningTimeRequestDto,
  ): Promise<LearningTimeRequestResponse> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.findOwn(manager, actor, id);
      if (request.version !== version)
        throw new Conflict('This request was changed elsewhere meanwhile.', 'version_conflict');
      if (request.status !== 'pending') throw new Conflict('Only a pending request can be changed.');
      const next = { ...request, ...changes, weekKey: week ?? request.weekKey };
      await this.checkFields(manager, actor, {
        week: next.weekKey,
        date: next.date,
        goalId: next.goalId,
        teamId: next.teamId,
      });
      await manager.save(LearningTimeRequest, next);
    });
    return this.get(actor, id);
  }

  /** Pending requests can be cancelled; approved ones until their week starts. */
  async cancel(actor: Actor, id: string): Promise<LearningTimeRequestResponse> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.findOwn(manager, actor, id);
      const started = Date.now() >= (await this.weekStart(manager, actor, parseIsoWeek(request.weekKey)!)).getTime();
      if (!(request.status === 'pending' || (request.status === 'approved' && !started))) {
        throw new Conflict(
          request.status === 'approved'
            ? 'The week has started: approved time can no longer be cancelled.'
            : `A ${request.status} request cannot be cancelled.`,
        );
      }
      await manager.update(
        LearningTimeRequest,
        { id, organizationId: actor.organizationId },
        { status: 'cancelled', version: request.version + 1 },
      );
      const managers = await this.managersOf(manager, actor.organizationId, request.teamId, actor.userId);
      await this.notifications.notify(manager, {
        organizationId: actor.organizationId,
        userIds: managers,
        kind: 'learning_time.cancelled',
        data: { requestId: id, week: request.weekKey },
      });
    });
    return this.get(actor, id);
  }

  /** One queue of the requests of all teams the actor decides for, each with the requester's balance. */
  async approvals(actor: Actor, query: ApprovalQuery): Promise<Page<ApprovalItem>> {
    const { teams, notRequestedBy } = this.access.scope(actor, 'learning_time.decide');
    if (teams !== 'all' && teams.length === 0) return page([], 0, query);
    const builder = this.query().where(
      'r.organization_id = :org AND r.status = :status AND r.requester_id <> :notRequestedBy',
      { org: actor.organizationId, status: query.status, notRequestedBy },
    );
    if (teams !== 'all') builder.andWhere('r.team_id IN (:...teams)', { teams });
    if (query.teamId) builder.andWhere('r.team_id = :teamId', { teamId: query.teamId });
    if (query.week) builder.andWhere('r.week_key = :week', { week: query.week });
    const total = await builder.getCount();
    // The id ends the order: a decision rewrites its row, and the queue must not shuffle around it.
    const rows = await builder
      .orderBy('r.week_key', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit)
      .getRawMany<RequestRow>();

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
    const first = parseIsoWeek(query.from ?? (await this.currentWeek(this.dataSource.manager, actor)))!;
    if (!isWithinIsoWeekYears(addIsoWeeks(first, query.weeks - 1)))
      throw new ValidationFailed([
        { field: 'from', message: `the weeks shown must end by ${formatIsoWeek(LAST_ISO_WEEK)}` },
      ]);
    const weeks = Array.from({ length: query.weeks }, (_, i) => formatIsoWeek(addIsoWeeks(first, i)));
    const rows = await this.query()
      .where(
        'r.organization_id = :org AND r.team_id = :team AND r.status = :approved AND r.week_key BETWEEN :from AND :to',
        {
          org: actor.organizationId,
          team: query.teamId,
          approved: 'approved',
          from: weeks[0],
          to: weeks.at(-1),
        },
      )
      .orderBy('r.week_key')
      .addOrderBy('requester.display_name')
      .addOrderBy('r.id')
      .getRawMany<RequestRow>();
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
    const current = parseIsoWeek(await this.currentWeek(this.dataSource.manager, actor))!;
    const week = year && year !== current.year ? { year, week: 1 } : current;
    const [norms, yearly, quarterly] = await Promise.all([
      this.balance.weeklyNorms(actor.organizationId, [actor.userId]),
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
    const decided = await this.dataSource.transaction(async (manager) => {
      const requests = await manager.find(LearningTimeRequest, {
        where: { id: In(ids), organizationId: actor.organizationId },
      });
      if (requests.length !== ids.length) throw new NotFound();
      for (const request of requests) await this.access.require(actor, 'learning_time.decide', { request });
      for (const request of requests) {
        // Only a pending request changes: of two managers deciding at once, exactly one wins.
        const result = await manager
          .createQueryBuilder()
          .update(LearningTimeRequest)
          .set({
            status: input.decision,
            decidedBy: actor.userId,
            decidedAt: () => 'now()',
            decisionComment: input.comment ?? '',
            version: () => 'version + 1',
          })
          .where('id = :id AND organization_id = :org AND status = :pending', {
            id: request.id,
            org: actor.organizationId,
            pending: 'pending',
          })
          .execute();
        if (!result.affected)
          throw new Conflict(`The request for week ${request.weekKey} has already been decided or cancelled.`);
        await this.audit.record(
          {
            organizationId: actor.organizationId,
            actorId: actor.userId,
            action: `learning_time.${input.decision}`,
            target: { type: 'learning_time_request', id: request.id },
            details: { requesterId: request.requesterId, hours: request.hours, week: request.weekKey },
          },
          manager,
        );
        await this.notifications.notify(manager, {
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
    const rows = await this.query()
      .where('r.organization_id = :org AND r.id IN (:...ids)', { org: actor.organizationId, ids })
      .getRawMany<RequestRow>();
    const byId = new Map(rows.map((row) => [row.id, toResponse(row)]));
    return ids.map((id) => byId.get(id)!);
  }

  private async checkFields(
    manager: EntityManager,
    actor: Actor,
    fields: { week: string; date: string | null; goalId: string | null; teamId: string },
  ): Promise<void> {
    const week = parseIsoWeek(fields.week);
    if (!week) throw new ValidationFailed([{ field: 'week', message: 'week must be an ISO week like 2026-W48' }]);
    const current = parseIsoWeek(await this.currentWeek(manager, actor))!;
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
    if (!actor.teams.has(fields.teamId))
      throw new ValidationFailed([{ field: 'teamId', message: 'must be one of your teams' }]);
    if (
      fields.goalId &&
      !(await manager.exists(Goal, {
        where: { id: fields.goalId, organizationId: actor.organizationId, ownerId: actor.userId },
      }))
    ) {
      throw new ValidationFailed([{ field: 'goalId', message: 'must be one of your goals' }]);
    }
  }

  private async findOwn(manager: EntityManager, actor: Actor, id: string): Promise<LearningTimeRequest> {
    const request = await manager.findOne(LearningTimeRequest, {
      where: { id, organizationId: actor.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw new NotFound();
    await this.access.require(actor, 'learning_time.change', { request }, manager);
    return request;
  }

  private async managersOf(
    manager: EntityManager,
    organizationId: string,
    teamId: string,
    except: string,
  ): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT m.user_id FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id
        WHERE m.organization_id = $1 AND m.team_id = $2 AND m.role = 'manager' AND m.user_id <> $3 AND u.active`,
      [organizationId, teamId, except],
    );
    return rows.map((row) => row.user_id);
  }

  private async currentWeek(manager: EntityManager, actor: Actor) {
    const organization = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
    return isoWeekKey(new Date(), organization.timezone);
  }

  private async weekStart(manager: EntityManager, actor: Actor, week: IsoWeek): Promise<Date> {
    const organization = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
    return startOfLocalDay(isoWeekMonday(week), organization.timezone);
  }

  private query() {
    return this.dataSource
      .getRepository(LearningTimeRequest)
      .createQueryBuilder('r')
      .innerJoin(
        'app_user',
        'requester',
        'requester.id = r.requester_id AND requester.organization_id = r.organization_id',
      )
      .innerJoin('team', 't', 't.id = r.team_id AND t.organization_id = r.organization_id')
      .leftJoin('app_user', 'decider', 'decider.id = r.decided_by AND decider.organization_id = r.organization_id')
      .select([
        'r.id AS "id"',
        'r.organization_id AS "organizationId"',
        'r.requester_id AS "requesterId"',
        'r.team_id AS "teamId"',
        'r.week_key AS "weekKey"',
        'r.date::text AS "date"',
        'r.hours::float AS "hours"',
        'r.form AS "form"',
        'r.purpose AS "purpose"',
        'r.goal_id AS "goalId"',
        'r.status AS "status"',
        'r.decided_by AS "decidedBy"',
        'r.decided_at AS "decidedAt"',
        'r.decision_comment AS "decisionComment"',
        'r.version AS "version"',
        'r.created_at AS "createdAt"',
        'requester.display_name AS "requesterName"',
        't.name AS "teamName"',
        'decider.display_name AS "deciderName"',
      ]);
  }
}
