import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoalVisibility } from '@vitaal/shared/goals';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../common/database/prepared';
import { spanCovers } from '../learning-norm/norms.repository';
import type { ScoreTotals } from './figures';

/** Sums and counts per team and week; averages are made from them, so weeks and teams can be combined. */
export interface TeamWeekRow {
  teamId: string;
  weekKey: string;
  plans: number;
  submitted: number;
  plannedHours: number;
  actualHours: number;
  energySum: number;
  energyN: number;
  climateSum: number;
  climateN: number;
  workloadSum: number;
  workloadN: number;
  aiYes: number;
  aiN: number;
}

export interface TeamFacts {
  teamId: string;
  name: string;
  /** Active members now. */
  members: number;
}

/** Who counts in a team's week, and the learning norm they bring. */
export interface TeamWeekMembers {
  teamId: string;
  weekKey: string;
  /** Active members who count in this week: it is not before their first week. */
  members: number;
  /** Their learning norm in hours for this week. */
  normHours: number;
}

export interface TeamActivity {
  teamId: string;
  approvedHours: number;
  sessions: number;
  learnings: number;
}

export interface TeamDashboardRows {
  facts: TeamFacts | null;
  members: TeamWeekMembers[];
  weeks: TeamWeekRow[];
  activity: (TeamActivity & { weekKey: string })[];
}

/** A team's sums over a period; scores count only the weeks that had at least the minimum answers. */
export interface TeamPeriodRow {
  teamId: string;
  plans: number;
  submitted: number;
  plannedHours: number;
  actualHours: number;
  /** Score sums and answer counts of the weeks that could be shown on their own. */
  shown: ScoreTotals;
  /** Answers given in the period, shown or not, so that their absence can be explained. */
  answered: ScoreTotals;
  /** Reflections submitted per week key. */
  submittedByWeek: Record<string, number>;
}

/** Shared goals of a team's people by status and by challenge. */
export interface GoalCounts {
  statuses: { status: string; n: number }[];
  challenges: { challenge: string; n: number }[];
}

/** The teams with their active members ($1 organisation, $2 teams or null for all). */
const TEAM_FACTS = `
    SELECT t.id AS "teamId", t.name, coalesce(f.members, 0)::int AS members
      FROM team t
      LEFT JOIN (
            -- Members counted per team first, so the teams are joined to one row each.
            SELECT m.team_id, count(*) AS members
              FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
             WHERE m.organization_id = $1 AND ($2::uuid[] IS NULL OR m.team_id = ANY($2))
             GROUP BY m.team_id) f ON f.team_id = t.id
     WHERE t.organization_id = $1 AND t.archived_at IS NULL AND ($2::uuid[] IS NULL OR t.id = ANY($2))
     ORDER BY t.name, t.id`;

/**
 * Per team ($2, or null for all) and week ($3, oldest first): the active members who count in that week and
 * their learning norm then: the sum of the members' norms (learning_norm_span), here as the week's norm % of
 * the members' contract hours, so that the organisation's norm is not joined to every person. Each person has
 * one contract stretch per week from their first week on; the stretches are first grouped per team by where
 * they start and end within the period, so the overview joins a few rows per team to the weeks.
 */
const TEAM_WEEK_MEMBERS = `
    WITH counting AS (
        SELECT m.team_id, greatest(c.from_week, ($3::text[])[1]) AS from_week, c.until_week,
               count(*) AS members, sum(c.hours) AS contract_hours
          FROM team_membership m
          JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
          JOIN contract_hours_span c ON c.organization_id = m.organization_id AND c.user_id = m.user_id
         WHERE m.organization_id = $1 AND ($2::uuid[] IS NULL OR m.team_id = ANY($2))
           AND c.from_week <= ($3::text[])[cardinality($3::text[])] AND (c.until_week IS NULL OR c.until_week > ($3::text[])[1])
         GROUP BY 1, 2, 3)
    SELECT c.team_id AS "teamId", w.week_key AS "weekKey", sum(c.members)::int AS members,
           (sum(c.contract_hours) * n.percent / 100.0)::float AS "normHours"
      FROM counting c
      JOIN unnest($3::text[]) AS w(week_key) ON ${spanCovers('c', 'w.week_key')}
      JOIN learning_norm_history n ON n.organization_id = $1 AND ${spanCovers('n', 'w.week_key')}
     GROUP BY c.team_id, w.week_key, n.percent`;

/**
 * Per week ($3): the teams' ($2) plans, submissions, hours and score sums of their active members,
 * from team_week_summary (kept exact by triggers).
 */
const TEAM_WEEKS = `
    SELECT team_id AS "teamId", week_key AS "weekKey", plans, submitted,
           planned_hours::float AS "plannedHours", actual_hours::float AS "actualHours",
           energy_sum AS "energySum", energy_n AS "energyN", climate_sum AS "climateSum", climate_n AS "climateN",
           workload_sum AS "workloadSum", workload_n AS "workloadN", ai_yes AS "aiYes", ai_n AS "aiN"
      FROM team_week_summary
     WHERE organization_id = $1 AND team_id = ANY($2) AND week_key = ANY($3)`;

/**
 * Approved learning time, sessions held and shared learnings per team and week ($1 organisation, $2 teams or null,
 * $3 the last weeks up to this one, $4 time zone). Sessions and learnings are first narrowed to that many weeks back,
 * so the team's whole history is never grouped.
 */
const ACTIVITY_PER_WEEK = `WITH approved AS (
        SELECT team_id, week_key, sum(hours)::float AS approved_hours FROM learning_time_request
         WHERE organization_id = $1 AND status = 'approved' AND week_key = ANY($3) AND ($2::uuid[] IS NULL OR team_id = ANY($2))
         GROUP BY team_id, week_key),
      sessions AS (
        SELECT team_id, to_char(starts_at AT TIME ZONE $4, 'IYYY-"W"IW') AS week_key, count(*)::int AS sessions FROM team_session
         WHERE organization_id = $1 AND starts_at < now() AND starts_at > now() - make_interval(weeks => cardinality($3::text[]) + 1)
           AND ($2::uuid[] IS NULL OR team_id = ANY($2))
         GROUP BY 1, 2),
      learnings AS (
        SELECT team_id, to_char(created_at AT TIME ZONE $4, 'IYYY-"W"IW') AS week_key, count(*)::int AS learnings FROM shared_learning
         WHERE organization_id = $1 AND hidden_at IS NULL AND created_at > now() - make_interval(weeks => cardinality($3::text[]) + 1)
           AND ($2::uuid[] IS NULL OR team_id = ANY($2))
         GROUP BY 1, 2)
     SELECT coalesce(a.team_id, s.team_id, l.team_id) AS "teamId", coalesce(a.week_key, s.week_key, l.week_key) AS "weekKey",
            coalesce(a.approved_hours, 0)::float AS "approvedHours", coalesce(s.sessions, 0)::int AS sessions, coalesce(l.learnings, 0)::int AS learnings
       FROM approved a
       FULL JOIN sessions s ON s.team_id = a.team_id AND s.week_key = a.week_key
       FULL JOIN learnings l ON l.team_id = coalesce(a.team_id, s.team_id) AND l.week_key = coalesce(a.week_key, s.week_key)
      WHERE coalesce(a.week_key, s.week_key, l.week_key) = ANY($3)`;

const SCORES = [
  ['energy', 'energy_sum', 'energy_n'],
  ['climate', 'climate_sum', 'climate_n'],
  ['workload', 'workload_sum', 'workload_n'],
  ['ai', 'ai_yes * 100', 'ai_n'],
] as const;

type ScoreName = (typeof SCORES)[number][0];

/**
 * What the dashboards read: the teams and who counts in them per week, the summed weekly figures of
 * team_week_summary, approved learning time, sessions and shared learnings, and shared goals.
 */
@Injectable()
export class InsightsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One team's facts, members, weekly figures and activity in one round trip, as JSON. */
  async dashboardOf(
    organizationId: string,
    teamId: string,
    weeks: readonly string[],
    timeZone: string,
  ): Promise<TeamDashboardRows> {
    const [row] = await preparedQuery<TeamDashboardRows>(
      this.dataSource,
      'team_dashboard',
      `SELECT (SELECT row_to_json(f) FROM (${TEAM_FACTS}) f) AS facts,
              (SELECT coalesce(json_agg(m), '[]') FROM (${TEAM_WEEK_MEMBERS}) m) AS members,
              (SELECT coalesce(json_agg(w), '[]') FROM (${TEAM_WEEKS}) w) AS weeks,
              (SELECT coalesce(json_agg(a), '[]') FROM (${ACTIVITY_PER_WEEK}) a) AS activity`,
      [organizationId, [teamId], weeks, timeZone],
    );
    return row!;
  }

  /** The organisation's teams that are not archived, by name, with their active members. */
  teamsOf(organizationId: string): Promise<TeamFacts[]> {
    return this.dataSource.query(TEAM_FACTS, [organizationId, null]);
  }

  /** Per team and week, who counts in it and the learning norm they bring. */
  membersPerWeek(organizationId: string, weeks: readonly string[]): Promise<TeamWeekMembers[]> {
    return this.dataSource.query(TEAM_WEEK_MEMBERS, [organizationId, null, weeks]);
  }

  /**
   * Per team, the period's sums, summed in the database so that the organisation overview reads one row
   * per team (archived teams too; callers look up only the teams of teamsOf). Each week's answers
   * count only when that week alone could be shown (at least `smallest.scores` of them), and so do its
   * hours (planned by at least `smallest.hours`, learned by at least as many who submitted): a withheld
   * week stays out of every sum built on it, so no subtraction brings it back. The thresholds are the
   * access entry's minimum-group-size rule for the reader (Access.smallestGroup).
   */
  async periodTotals(
    organizationId: string,
    weeks: readonly string[],
    smallest: { scores: number; hours: number },
  ): Promise<TeamPeriodRow[]> {
    const scores = SCORES.map(
      ([name, sum, n]) =>
        `json_build_array(coalesce(sum(${sum}) FILTER (WHERE ${n} >= $3), 0), coalesce(sum(${n}) FILTER (WHERE ${n} >= $3), 0)) AS "shown_${name}",
       json_build_array(sum(${sum}), sum(${n})) AS "answered_${name}"`,
    );
    type Row = Omit<TeamPeriodRow, 'shown' | 'answered'> &
      Record<`shown_${ScoreName}` | `answered_${ScoreName}`, [number, number]>;
    const rows: Row[] = await this.dataSource.query(
      `SELECT team_id AS "teamId", sum(plans)::int AS plans, sum(submitted)::int AS submitted,
              coalesce(sum(planned_hours) FILTER (WHERE plans >= $4), 0)::float AS "plannedHours",
              coalesce(sum(actual_hours) FILTER (WHERE submitted >= $4), 0)::float AS "actualHours",
              ${scores.join(', ')}, json_object_agg(week_key, submitted) AS "submittedByWeek"
         FROM team_week_summary
        WHERE organization_id = $1 AND week_key = ANY($2)
        GROUP BY team_id`,
      [organizationId, weeks, smallest.scores, smallest.hours],
    );
    const totals = (row: Row, kind: 'shown' | 'answered'): ScoreTotals => ({
      energy: row[`${kind}_energy`],
      climate: row[`${kind}_climate`],
      workload: row[`${kind}_workload`],
      ai: row[`${kind}_ai`],
    });
    return rows.map((row) => ({
      teamId: row.teamId,
      plans: row.plans,
      submitted: row.submitted,
      plannedHours: row.plannedHours,
      actualHours: row.actualHours,
      shown: totals(row, 'shown'),
      answered: totals(row, 'answered'),
      submittedByWeek: row.submittedByWeek,
    }));
  }

  /** Approved learning time, sessions held and shared learnings per team, summed over the weeks. */
  activityTotals(organizationId: string, weeks: readonly string[], timeZone: string): Promise<TeamActivity[]> {
    return this.dataSource.query(
      `SELECT "teamId", sum("approvedHours")::float AS "approvedHours", sum(sessions)::int AS sessions, sum(learnings)::int AS learnings
         FROM (${ACTIVITY_PER_WEEK}) per_week GROUP BY "teamId"`,
      [organizationId, null, weeks, timeZone],
    );
  }

  /**
   * The goals of the team's active members by status and by challenge, in one query; only goals of the
   * visibilities given (what the access entry lets the reader count).
   */
  async goalCountsOf(
    organizationId: string,
    teamId: string,
    visibilities: readonly GoalVisibility[],
  ): Promise<GoalCounts> {
    const rows = await preparedQuery<{ kind: 'status' | 'challenge'; key: string; n: number }>(
      this.dataSource,
      'team_goal_counts',
      `WITH goals AS (
          SELECT g.status, g.challenges FROM learning_goal g
           WHERE g.organization_id = $1 AND g.visibility = ANY($3)
             AND g.owner_id IN (SELECT m.user_id FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
                                 WHERE m.organization_id = $1 AND m.team_id = $2))
       SELECT 'status' AS kind, status AS key, count(*)::int AS n FROM goals GROUP BY status
       UNION ALL
       SELECT 'challenge', c, count(*)::int FROM goals, unnest(challenges) AS c WHERE status IN ('active', 'achieved') GROUP BY c`,
      [organizationId, teamId, visibilities],
    );
    return {
      statuses: rows.filter((row) => row.kind === 'status').map((row) => ({ status: row.key, n: row.n })),
      challenges: rows.filter((row) => row.kind === 'challenge').map((row) => ({ challenge: row.key, n: row.n })),
    };
  }
}
