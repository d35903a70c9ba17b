import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared';
import { spanCovers } from '../learning-norm/norm-hours';
import type { ScoreTotals } from './figures';

/** Sums and counts per team and week; averages are made from them, so weeks and teams can be combined. */
export interface TeamWeekRow {
  team_id: string;
  week_key: string;
  plans: number;
  submitted: number;
  planned_hours: number;
  actual_hours: number;
  energy_sum: number;
  energy_n: number;
  climate_sum: number;
  climate_n: number;
  workload_sum: number;
  workload_n: number;
  ai_yes: number;
  ai_n: number;
}

export interface TeamFacts {
  team_id: string;
  name: string;
  /** Active members now. */
  members: number;
}

/** The teams with their active members ($1 organisation, $2 teams or null for all). */
const TEAM_FACTS = `
    SELECT t.id AS team_id, t.name, coalesce(f.members, 0)::int AS members
      FROM team t
      LEFT JOIN (
            -- Members counted per team first, so the teams are joined to one row each.
            SELECT m.team_id, count(*) AS members
              FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
             WHERE m.organization_id = $1 AND ($2::uuid[] IS NULL OR m.team_id = ANY($2))
             GROUP BY m.team_id) f ON f.team_id = t.id
     WHERE t.organization_id = $1 AND t.archived_at IS NULL AND ($2::uuid[] IS NULL OR t.id = ANY($2))
     ORDER BY t.name, t.id`;

export function teamFacts(manager: EntityManager, organizationId: string): Promise<TeamFacts[]> {
  return manager.query(TEAM_FACTS, [organizationId, null]);
}

/** Who counts in a team's week, and the learning norm they bring. */
export interface TeamWeekMembers {
  team_id: string;
  week_key: string;
  /** Active members who count in this week: it is not before their first week. */
  members: number;
  /** Their learning norm in hours for this week. */
  norm_hours: number;
}

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
    SELECT c.team_id, w.week_key, sum(c.members)::int AS members, (sum(c.contract_hours) * n.percent / 100.0)::float AS norm_hours
      FROM counting c
      JOIN unnest($3::text[]) AS w(week_key) ON ${spanCovers('c', 'w.week_key')}
      JOIN learning_norm_history n ON n.organization_id = $1 AND ${spanCovers('n', 'w.week_key')}
     GROUP BY c.team_id, w.week_key, n.percent`;

export function teamWeekMembers(
  manager: EntityManager,
  organizationId: string,
  weeks: string[],
): Promise<TeamWeekMembers[]> {
  return manager.query(TEAM_WEEK_MEMBERS, [organizationId, null, weeks]);
}

/**
 * Per week ($3): the teams' ($2) plans, submissions, hours and score sums of their active members,
 * from team_week_summary (kept exact by triggers).
 */
const TEAM_WEEKS = `
    SELECT team_id, week_key, plans, submitted, planned_hours::float AS planned_hours, actual_hours::float AS actual_hours,
           energy_sum, energy_n, climate_sum, climate_n, workload_sum, workload_n, ai_yes, ai_n
      FROM team_week_summary
     WHERE organization_id = $1 AND team_id = ANY($2) AND week_key = ANY($3)`;

export interface TeamActivity {
  team_id: string;
  approved_hours: number;
  sessions: number;
  learnings: number;
}

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
     SELECT coalesce(a.team_id, s.team_id, l.team_id) AS team_id, coalesce(a.week_key, s.week_key, l.week_key) AS week_key,
            coalesce(a.approved_hours, 0)::float AS approved_hours, coalesce(s.sessions, 0)::int AS sessions, coalesce(l.learnings, 0)::int AS learnings
       FROM approved a
       FULL JOIN sessions s ON s.team_id = a.team_id AND s.week_key = a.week_key
       FULL JOIN learnings l ON l.team_id = coalesce(a.team_id, s.team_id) AND l.week_key = coalesce(a.week_key, s.week_key)
      WHERE coalesce(a.week_key, s.week_key, l.week_key) = ANY($3)`;

export interface TeamDashboardRows {
  facts: TeamFacts | null;
  members: TeamWeekMembers[];
  weeks: TeamWeekRow[];
  activity: (TeamActivity & { week_key: string })[];
}

/** One team's facts, members, weekly figures and activity in one round trip, as JSON. */
export async function teamDashboardRows(
  dataSource: DataSource,
  organizationId: string,
  teamId: string,
  weeks: string[],
  timeZone: string,
): Promise<TeamDashboardRows> {
  const [row] = await preparedQuery<TeamDashboardRows>(
    dataSource,
    'team_dashboard',
    `SELECT (SELECT row_to_json(f) FROM (${TEAM_FACTS}) f) AS facts,
            (SELECT coalesce(json_agg(m), '[]') FROM (${TEAM_WEEK_MEMBERS}) m) AS members,
            (SELECT coalesce(json_agg(w), '[]') FROM (${TEAM_WEEKS}) w) AS weeks,
            (SELECT coalesce(json_agg(a), '[]') FROM (${ACTIVITY_PER_WEEK}) a) AS activity`,
    [organizationId, [teamId], weeks, timeZone],
  );
  return row!;
}

/** A team's sums over a period; scores count only the weeks that had at least the minimum answers. */
export interface TeamPeriodRow {
  team_id: string;
  plans: number;
  submitted: number;
  planned_hours: number;
  actual_hours: number;
  /** Score sums and answer counts of the weeks that could be shown on their own. */
  shown: ScoreTotals;
  /** Answers given in the period, shown or not, so that their absence can be explained. */
  answered: ScoreTotals;
  /** Reflections submitted per week key. */
  submitted_by_week: Record<string, number>;
}

const SCORES = [
  ['energy', 'energy_sum', 'energy_n'],
  ['climate', 'climate_sum', 'climate_n'],
  ['workload', 'workload_sum', 'workload_n'],
  ['ai', 'ai_yes * 100', 'ai_n'],
] as const;

/**
 * Per team, the period's sums, summed in the database so that the organisation overview reads one row
 * per team (archived teams too; callers look up only the teams of teamFacts). Each week's answers
 * count only when that week alone could be shown (at least `smallest.scores` of them), and so do its
 * hours (planned by at least `smallest.hours`, learned by at least as many who submitted): a withheld
 * week stays out of every sum built on it, so no subtraction brings it back. The thresholds are the
 * access entry's minimum-group-size rule for the reader (Access.smallestGroup).
 */
export async function teamPeriodRows(
  manager: EntityManager,
  organizationId: string,
  weeks: string[],
  smallest: { scores: number; hours: number },
): Promise<TeamPeriodRow[]> {
  const scores = SCORES.map(
    ([name, sum, n]) =>
      `json_build_array(coalesce(sum(${sum}) FILTER (WHERE ${n} >= $3), 0), coalesce(sum(${n}) FILTER (WHERE ${n} >= $3), 0)) AS shown_${name},
       json_build_array(sum(${sum}), sum(${n})) AS answered_${name}`,
  );
  const rows: (Omit<TeamPeriodRow, 'shown' | 'answered'> & Record<string, [number, number]>)[] = await manager.query(
    `SELECT team_id, sum(plans)::int AS plans, sum(submitted)::int AS submitted,
            coalesce(sum(planned_hours) FILTER (WHERE plans >= $4), 0)::float AS planned_hours,
            coalesce(sum(actual_hours) FILTER (WHERE submitted >= $4), 0)::float AS actual_hours,
            ${scores.join(', ')}, json_object_agg(week_key, submitted) AS submitted_by_week
       FROM team_week_summary
      WHERE organization_id = $1 AND week_key = ANY($2)
      GROUP BY team_id`,
    [organizationId, weeks, smallest.scores, smallest.hours],
  );
  return rows.map((row) => ({
    team_id: row.team_id,
    plans: row.plans,
    submitted: row.submitted,
    planned_hours: row.planned_hours,
    actual_hours: row.actual_hours,
    shown: { energy: row.shown_energy!, climate: row.shown_climate!, workload: row.shown_workload!, ai: row.shown_ai! },
    answered: {
      energy: row.answered_energy!,
      climate: row.answered_climate!,
      workload: row.answered_workload!,
      ai: row.answered_ai!,
    },
    submitted_by_week: row.submitted_by_week,
  }));
}

/** Approved learning time, sessions held and shared learnings per team, summed over the weeks. */
export function teamActivityTotals(
  manager: EntityManager,
  organizationId: string,
  weeks: string[],
  timeZone: string,
): Promise<TeamActivity[]> {
  return manager.query(
    `SELECT team_id, sum(approved_hours)::float AS approved_hours, sum(sessions)::int AS sessions, sum(learnings)::int AS learnings
       FROM (${ACTIVITY_PER_WEEK}) per_week GROUP BY team_id`,
    [organizationId, null, weeks, timeZone],
  );
}

/** Shared goals of the team's active members by status and by challenge, in one query; private goals are the owner's alone (DESIGN §3). */
export async function goalCounts(
  dataSource: DataSource,
  organizationId: string,
  teamId: string,
): Promise<{ statuses: { status: string; n: number }[]; challenges: { challenge: string; n: number }[] }> {
  const rows = await preparedQuery<{ kind: 'status' | 'challenge'; key: string; n: number }>(
    dataSource,
    'team_goal_counts',
    `WITH goals AS (
        SELECT g.status, g.challenges FROM learning_goal g
         WHERE g.organization_id = $1 AND g.visibility = 'shared'
           AND g.owner_id IN (SELECT m.user_id FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
                               WHERE m.organization_id = $1 AND m.team_id = $2))
     SELECT 'status' AS kind, status AS key, count(*)::int AS n FROM goals GROUP BY status
     UNION ALL
     SELECT 'challenge', c, count(*)::int FROM goals, unnest(challenges) AS c WHERE status IN ('active', 'achieved') GROUP BY c`,
    [organizationId, teamId],
  );
  return {
    statuses: rows.filter((row) => row.kind === 'status').map((row) => ({ status: row.key, n: row.n })),
    challenges: rows.filter((row) => row.kind === 'challenge').map((row) => ({ challenge: row.key, n: row.n })),
  };
}
