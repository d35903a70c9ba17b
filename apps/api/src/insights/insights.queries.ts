import type { EntityManager } from 'typeorm';

/** Sums and counts per team and week; averages are made from them, so weeks and teams can be combined. */
export interface TeamWeekRow {
  team_id: string;
  week_key: string;
  plans: number;
  submitted: number;
  planned_hours: number | null;
  actual_hours: number | null;
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
  members: number;
  norm_hours: number;
}

/** The teams with their active members and weekly norm. */
export async function teamFacts(manager: EntityManager, organizationId: string, teamIds: string[] | null): Promise<TeamFacts[]> {
  return manager.query(
    `SELECT t.id AS team_id, t.name,
            count(u.id)::int AS members,
            coalesce(round(sum(u.contract_hours * o.learning_norm_percent / 100.0), 1), 0)::float AS norm_hours
       FROM team t
       JOIN organization o ON o.id = t.organization_id
       LEFT JOIN team_membership m ON m.team_id = t.id AND m.organization_id = t.organization_id
       LEFT JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
      WHERE t.organization_id = $1 AND t.archived_at IS NULL AND ($2::uuid[] IS NULL OR t.id = ANY($2))
      GROUP BY t.id, t.name ORDER BY t.name`,
    [organizationId, teamIds],
  );
}

/** Per team and week: plans, submissions, hours and score sums of the team's active members. */
export async function teamWeekRows(manager: EntityManager, organizationId: string, teamIds: string[] | null, weeks: string[]): Promise<TeamWeekRow[]> {
  return manager.query(
    `SELECT m.team_id, v.week_key,
            count(*) FILTER (WHERE v.intentions <> '' OR v.planned_hours IS NOT NULL)::int AS plans,
            count(*) FILTER (WHERE v.status = 'submitted')::int AS submitted,
            sum(v.planned_hours)::float AS planned_hours,
            sum(coalesce(v.hours_workplace, 0) + coalesce(v.hours_course, 0) + coalesce(v.hours_peer, 0) + coalesce(v.hours_self_study, 0))
              FILTER (WHERE v.status = 'submitted')::float AS actual_hours,
            coalesce(sum(v.energy) FILTER (WHERE v.status = 'submitted'), 0)::int AS energy_sum,
            count(v.energy) FILTER (WHERE v.status = 'submitted')::int AS energy_n,
            coalesce(sum(v.climate) FILTER (WHERE v.status = 'submitted'), 0)::int AS climate_sum,
            count(v.climate) FILTER (WHERE v.status = 'submitted')::int AS climate_n,
            coalesce(sum(v.workload) FILTER (WHERE v.status = 'submitted'), 0)::int AS workload_sum,
            count(v.workload) FILTER (WHERE v.status = 'submitted')::int AS workload_n,
            count(*) FILTER (WHERE v.status = 'submitted' AND v.ai_used)::int AS ai_yes,
            count(v.ai_used) FILTER (WHERE v.status = 'submitted')::int AS ai_n
       FROM team_membership m
       JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id AND t.archived_at IS NULL
       JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
       JOIN vital_week v ON v.organization_id = m.organization_id AND v.owner_id = m.user_id AND v.week_key = ANY($3)
      WHERE m.organization_id = $1 AND ($2::uuid[] IS NULL OR m.team_id = ANY($2))
      GROUP BY m.team_id, v.week_key`,
    [organizationId, teamIds, weeks],
  );
}

/** Approved learning time, sessions held and shared learnings per team and week. */
export async function teamActivityRows(
  manager: EntityManager,
  organizationId: string,
  teamIds: string[] | null,
  weeks: string[],
  timeZone: string,
): Promise<{ team_id: string; week_key: string; approved_hours: number; sessions: number; learnings: number }[]> {
  return manager.query(
    `WITH approved AS (
        SELECT team_id, week_key, sum(hours)::float AS approved_hours FROM learning_time_request
         WHERE organization_id = $1 AND status = 'approved' AND week_key = ANY($3) AND ($2::uuid[] IS NULL OR team_id = ANY($2))
         GROUP BY team_id, week_key),
      sessions AS (
        SELECT team_id, to_char(starts_at AT TIME ZONE $4, 'IYYY-"W"IW') AS week_key, count(*)::int AS sessions FROM team_session
         WHERE organization_id = $1 AND starts_at < now() AND ($2::uuid[] IS NULL OR team_id = ANY($2))
         GROUP BY 1, 2),
      learnings AS (
        SELECT team_id, to_char(created_at AT TIME ZONE $4, 'IYYY-"W"IW') AS week_key, count(*)::int AS learnings FROM shared_learning
         WHERE organization_id = $1 AND hidden_at IS NULL AND ($2::uuid[] IS NULL OR team_id = ANY($2))
         GROUP BY 1, 2)
     SELECT coalesce(a.team_id, s.team_id, l.team_id) AS team_id, coalesce(a.week_key, s.week_key, l.week_key) AS week_key,
            coalesce(a.approved_hours, 0)::float AS approved_hours, coalesce(s.sessions, 0)::int AS sessions, coalesce(l.learnings, 0)::int AS learnings
       FROM approved a
       FULL JOIN sessions s ON s.team_id = a.team_id AND s.week_key = a.week_key
       FULL JOIN learnings l ON l.team_id = coalesce(a.team_id, s.team_id) AND l.week_key = coalesce(a.week_key, s.week_key)
      WHERE coalesce(a.week_key, s.week_key, l.week_key) = ANY($3)`,
    [organizationId, teamIds, weeks, timeZone],
  );
}

/** Shared goals of the team's active members by status and by challenge; private goals are the owner's alone (DESIGN §3). */
export async function goalCounts(
  manager: EntityManager,
  organizationId: string,
  teamId: string,
): Promise<{ statuses: { status: string; n: number }[]; challenges: { challenge: string; n: number }[] }> {
  const owners = `SELECT m.user_id FROM team_membership m JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
                   WHERE m.organization_id = $1 AND m.team_id = $2`;
  const [statuses, challenges] = await Promise.all([
    manager.query(`SELECT status, count(*)::int AS n FROM learning_goal WHERE organization_id = $1 AND visibility = 'shared' AND owner_id IN (${owners}) GROUP BY status`, [organizationId, teamId]),
    manager.query(
      `SELECT c AS challenge, count(*)::int AS n FROM learning_goal, unnest(challenges) AS c
        WHERE organization_id = $1 AND visibility = 'shared' AND owner_id IN (${owners}) AND status IN ('active', 'achieved') GROUP BY c`,
      [organizationId, teamId],
    ),
  ]);
  return { statuses, challenges };
}
