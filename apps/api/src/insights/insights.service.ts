import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CHALLENGES, GOAL_STATUSES, type Challenge, type GoalStatus } from '@vitaal/shared/goals';
import type {
  OrganizationOverviewResponse,
  TeamDashboardResponse,
  TeamOverviewRow,
  TeamWeekFigures,
} from '@vitaal/shared/insights';
import { addIsoWeeks, formatIsoWeek, parseIsoWeek, type IsoWeekKey } from '@vitaal/shared/iso-week';
import { DataSource } from 'typeorm';
import { Access } from '../access/access';
import type { FigureKind, Group } from '../access/access.rules';
import type { Actor } from '../access/actor';
import { NotFound } from '../common/errors/domain-error';
import { WeekCalendar } from '../weeks/week-calendar';
import { addScores, average, noScores, percentage, scoresOf, type AnswersShown } from './figures';
import { provisionalWeeks } from './provisional-weeks';
import {
  goalCounts,
  teamActivityTotals,
  teamDashboardRows,
  teamFacts,
  teamPeriodRows,
  teamWeekMembers,
  type TeamActivity,
  type TeamFacts,
  type TeamPeriodRow,
  type TeamWeekMembers,
} from './insights.queries';

interface GroupRule {
  shown: (kind: FigureKind, group: Group) => boolean;
  answers: AnswersShown;
}

@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
  ) {}

  async teamDashboard(actor: Actor, teamId: string, weekCount: number): Promise<TeamDashboardResponse> {
    // Decided before any figure is read; a team of another organisation is then simply not found.
    await this.access.require(actor, 'insights.team', { teamId });
    const { organization, weeks, provisional } = this.period(actor, weekCount);
    const {
      facts,
      members: memberRows,
      weeks: weekRows,
      activity: activityRows,
    } = await teamDashboardRows(this.dataSource, actor.organizationId, teamId, weeks, organization.timezone);
    if (!facts) throw new NotFound();
    const counted = new Map(memberRows.map((row) => [row.week_key, row]));
    const rows = new Map(weekRows.map((row) => [row.week_key, row]));
    const activity = new Map(activityRows.map((row) => [row.week_key, row]));
    // What a small group, or a few of its people, would give away is withheld: the access entry decides.
    const { shown, answers } = this.groupRule(actor, teamId);
    const counts = shown('counts', { people: facts.members });
    const hours = (contributors: number) => shown('hours', { people: facts.members, contributors });

    const weekFigures: TeamWeekFigures[] = weeks.map((week) => {
      const row = rows.get(week);
      const act = activity.get(week);
      const scores = scoresOf(row);
      const members = counted.get(week)?.members ?? 0;
      return {
        week,
        provisional: provisional.has(week),
        members,
        plansFilledPct: counts ? percentage(row?.plans ?? 0, members) : null,
        reflectionsSubmittedPct: counts ? percentage(row?.submitted ?? 0, members) : null,
        plannedHours: hours(row?.plans ?? 0) ? (row?.planned_hours ?? 0) : null,
        approvedHours: act?.approved_hours ?? 0,
        actualHours: hours(row?.submitted ?? 0) ? (row?.actual_hours ?? 0) : null,
        normHours: round1(counted.get(week)?.norm_hours ?? 0),
        energy: average(scores.energy, answers),
        climate: average(scores.climate, answers),
        workload: average(scores.workload, answers),
        aiUsePct: average(scores.ai, answers),
        sessionsHeld: act?.sessions ?? 0,
        sharedLearnings: act?.learnings ?? 0,
      };
    });

    const goals = shown('goal_counts', { people: facts.members })
      ? await goalCounts(this.dataSource, actor.organizationId, teamId)
      : null;
    return {
      team: { id: teamId, name: facts.name },
      minGroupSize: organization.minGroupSize,
      weeks: weekFigures,
      goalsByStatus: goals
        ? countsOf(
            GOAL_STATUSES,
            goals.statuses.map((g) => [g.status, g.n]),
          )
        : null,
      goalsByChallenge: goals
        ? countsOf(
            CHALLENGES,
            goals.challenges.map((g) => [g.challenge, g.n]),
          )
        : null,
    };
  }

  /** One row per team over the period, and totals built only from what the rows show. */
  async organizationOverview(actor: Actor, weekCount: number): Promise<OrganizationOverviewResponse> {
    await this.access.require(actor, 'insights.organization', {});
    const { organization, weeks, provisional } = this.period(actor, weekCount);
    const manager = this.dataSource.manager;
    const rule = this.groupRule(actor);
    const { answers } = rule;
    const [teams, memberRows, periodRows, activityRows] = await Promise.all([
      teamFacts(manager, actor.organizationId),
      teamWeekMembers(manager, actor.organizationId, weeks),
      teamPeriodRows(manager, actor.organizationId, weeks, {
        scores: this.access.smallestGroup(actor, 'scores'),
        hours: this.access.smallestGroup(actor, 'hours'),
      }),
      teamActivityTotals(manager, actor.organizationId, weeks, organization.timezone),
    ]);
    const counted = new Map<string, TeamWeekMembers[]>();
    for (const row of memberRows) {
      const team = counted.get(row.team_id);
      if (team) team.push(row);
      else counted.set(row.team_id, [row]);
    }
    const rows = new Map(periodRows.map((row) => [row.team_id, row]));
    const activity = new Map(activityRows.map((row) => [row.team_id, row]));

    const overview = teams.map((team) =>
      this.teamRow(
        team,
        weeks,
        counted.get(team.team_id) ?? [],
        rows.get(team.team_id),
        activity.get(team.team_id),
        rule,
      ),
    );
    const totals = overview.reduce(
      (sum, { row, scores, counts }) => ({
        members: sum.members + row.members,
        plans: sum.plans + (counts ? counts.plans : 0),
        submitted: sum.submitted + (counts ? counts.submitted : 0),
        memberWeeks: sum.memberWeeks + (counts ? counts.memberWeeks : 0),
        plannedHours: sum.plannedHours + (row.plannedHours ?? 0),
        actualHours: sum.actualHours + (row.actualHours ?? 0),
        approvedHours: sum.approvedHours + row.approvedHours,
        normHours: sum.normHours + row.normHours,
        sessions: sum.sessions + row.sessionsHeld,
        learnings: sum.learnings + row.sharedLearnings,
        scores: addScores(sum.scores, scores),
      }),
      {
        members: 0,
        plans: 0,
        submitted: 0,
        memberWeeks: 0,
        plannedHours: 0,
        actualHours: 0,
        approvedHours: 0,
        normHours: 0,
        sessions: 0,
        learnings: 0,
        scores: noScores(),
      },
    );
    return {
      weeks,
      provisionalWeeks: weeks.filter((week) => provisional.has(week)),
      minGroupSize: organization.minGroupSize,
      teams: overview.map((t) => t.row),
      totals: {
        members: totals.members,
        plansFilledPct: percentage(totals.plans, totals.memberWeeks),
        reflectionsSubmittedPct: percentage(totals.submitted, totals.memberWeeks),
        plannedHours: round1(totals.plannedHours),
        approvedHours: round1(totals.approvedHours),
        actualHours: round1(totals.actualHours),
        // The rows' norms already cover the whole period.
        normHours: round1(totals.normHours),
        energy: average(totals.scores.energy, answers),
        climate: average(totals.scores.climate, answers),
        workload: average(totals.scores.workload, answers),
        aiUsePct: average(totals.scores.ai, answers),
        sessionsHeld: totals.sessions,
        sharedLearnings: totals.learnings,
      },
    };
  }

  private teamRow(
    team: TeamFacts,
    weeks: IsoWeekKey[],
    counted: TeamWeekMembers[],
    period: TeamPeriodRow | undefined,
    act: TeamActivity | undefined,
    { shown, answers }: GroupRule,
  ) {
    const small = !shown('counts', { people: team.members });
    const scores = period?.shown ?? noScores();
    const answered = period?.answered ?? noScores();
    const plans = period?.plans ?? 0;
    const submitted = period?.submitted ?? 0;
    const planned = period?.planned_hours ?? 0;
    const actual = period?.actual_hours ?? 0;
    const approved = act?.approved_hours ?? 0;
    const sessions = act?.sessions ?? 0;
    const learnings = act?.learnings ?? 0;
    const members = new Map(counted.map((row) => [row.week_key, row.members]));
    const trend = weeks.map((week) =>
      small ? null : percentage(period?.submitted_by_week[week] ?? 0, members.get(week) ?? 0),
    );
    // Each week counts the members who were there by then.
    const memberWeeks = counted.reduce((sum, row) => sum + row.members, 0);
    const row: TeamOverviewRow = {
      team: { id: team.team_id, name: team.name },
      members: team.members,
      plansFilledPct: small ? null : percentage(plans, memberWeeks),
      reflectionsSubmittedPct: small ? null : percentage(submitted, memberWeeks),
      plannedHours: small ? null : round1(planned),
      approvedHours: round1(approved),
      actualHours: small ? null : round1(actual),
      normHours: round1(counted.reduce((sum, row) => sum + row.norm_hours, 0)),
      energy: average(scores.energy, answers, answered.energy[1]),
      climate: average(scores.climate, answers, answered.climate[1]),
      workload: average(scores.workload, answers, answered.workload[1]),
      aiUsePct: average(scores.ai, answers, answered.ai[1]),
      sessionsHeld: sessions,
      sharedLearnings: learnings,
      trend,
    };
    return { row, scores, counts: small ? null : { plans, submitted, memberWeeks } };
  }

  /** The minimum-group-size rule as the figures ask it, for this reader (and one team's people, given its id). */
  private groupRule(actor: Actor, teamId?: string): GroupRule {
    return {
      shown: (kind, group) => this.access.aggregate(actor, kind, { ...group, teamId }).shown,
      answers: (people) => this.access.aggregate(actor, 'scores', { people, teamId }),
    };
  }

  private period(actor: Actor, weekCount: number) {
    const { organization } = actor;
    const calendar = new WeekCalendar(organization.timezone, organization.reflectionEditWindowDays);
    const current = parseIsoWeek(calendar.current())!;
    const weeks = Array.from({ length: weekCount }, (_, i) => formatIsoWeek(addIsoWeeks(current, i - weekCount + 1)));
    return { organization, weeks, provisional: provisionalWeeks(calendar) };
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function countsOf<K extends GoalStatus | Challenge>(keys: readonly K[], rows: [string, number][]): Record<K, number> {
  const found = new Map(rows);
  return Object.fromEntries(keys.map((key) => [key, found.get(key) ?? 0])) as Record<K, number>;
}
