import { Injectable } from '@nestjs/common';
import type { ErasureCounts, PersonalDataExport } from '@vitaal/shared/personal-data';
import type { EntityManager } from 'typeorm';
import { detailsAboutPerson } from '../audit/audit-events.repository';

/**
 * One query per kind of data, each building its JSON in PostgreSQL: an export costs a dozen
 * round trips however much a person wrote. $1 is the organisation, $2 the person.
 */
const KINDS = {
  memberships: `
    SELECT json_build_object('teamId', t.id, 'team', t.name, 'role', m.role, 'since', m.created_at) AS item
      FROM team_membership m JOIN team t ON t.id = m.team_id AND t.organization_id = m.organization_id
     WHERE m.organization_id = $1 AND m.user_id = $2 ORDER BY t.name, t.id`,
  goals: `
    SELECT json_build_object('id', g.id, 'title', g.title, 'developmentQuestion', g.development_question, 'motivation', g.motivation,
             'challenges', g.challenges, 'careerCompetencies', g.career_competencies, 'competences', g.competences,
             'successCriteria', g.success_criteria, 'targetDate', g.target_date, 'status', g.status, 'visibility', g.visibility,
             'progress', g.progress, 'createdAt', g.created_at, 'updatedAt', g.updated_at,
             'milestones', coalesce((SELECT json_agg(json_build_object('title', m.title, 'done', m.done, 'doneOn', m.done_on) ORDER BY m.position, m.id)
                                       FROM goal_milestone m WHERE m.organization_id = g.organization_id AND m.goal_id = g.id), '[]'::json)) AS item
      FROM learning_goal g WHERE g.organization_id = $1 AND g.owner_id = $2 ORDER BY g.created_at, g.id`,
  weeks: `
    SELECT json_build_object('week', v.week_key, 'startsOn', v.starts_on, 'status', v.status, 'shared', v.shared,
             'intentions', v.intentions, 'plannedHours', v.planned_hours, 'learned', v.learned, 'applied', v.applied,
             'hours', json_build_object('workplace', v.hours_workplace, 'course', v.hours_course, 'peer', v.hours_peer, 'self_study', v.hours_self_study),
             'energy', v.energy, 'climate', v.climate, 'workload', v.workload, 'aiUsed', v.ai_used, 'aiHow', v.ai_how,
             'obstacles', v.obstacles, 'supportWanted', v.support_wanted, 'nextStep', v.next_step, 'submittedAt', v.submitted_at,
             'goals', coalesce((SELECT json_agg(json_build_object('goalId', wg.goal_id, 'hours', wg.hours, 'progress', wg.progress))
                                  FROM week_goal wg WHERE wg.organization_id = v.organization_id AND wg.week_id = v.id), '[]'::json)) AS item
      FROM vital_week v WHERE v.organization_id = $1 AND v.owner_id = $2 ORDER BY v.week_key`,
  learningTimeRequests: `
    SELECT json_build_object('id', r.id, 'team', t.name, 'week', r.week_key, 'date', r.date, 'hours', r.hours, 'form', r.form,
             'purpose', r.purpose, 'goalId', r.goal_id, 'status', r.status, 'decidedBy', d.display_name, 'decidedAt', r.decided_at,
             'decisionComment', r.decision_comment, 'createdAt', r.created_at) AS item
      FROM learning_time_request r
      JOIN team t ON t.id = r.team_id AND t.organization_id = r.organization_id
      LEFT JOIN app_user d ON d.id = r.decided_by AND d.organization_id = r.organization_id
     WHERE r.organization_id = $1 AND r.requester_id = $2 ORDER BY r.week_key, r.created_at, r.id`,
  // A session's texts belong to the team; they come along only for sessions the person planned.
  teamSessions: `
    SELECT json_build_object('id', s.id, 'team', t.name, 'kind', s.kind, 'title', s.title, 'startsAt', s.starts_at,
             'durationMinutes', s.duration_minutes, 'attended', a.user_id IS NOT NULL, 'facilitated', s.facilitator_id IS NOT DISTINCT FROM $2,
             'created', s.created_by = $2, 'hoursCarriedAt', a.hours_carried_at,
             'agenda', CASE WHEN s.created_by = $2 THEN s.agenda END, 'outcomes', CASE WHEN s.created_by = $2 THEN s.outcomes END,
             'agreements', CASE WHEN s.created_by = $2 THEN s.agreements END) AS item
      FROM team_session s
      JOIN team t ON t.id = s.team_id AND t.organization_id = s.organization_id
      LEFT JOIN team_session_attendee a ON a.organization_id = s.organization_id AND a.session_id = s.id AND a.user_id = $2
     WHERE s.organization_id = $1 AND (a.user_id IS NOT NULL OR s.facilitator_id = $2 OR s.created_by = $2) ORDER BY s.starts_at, s.id`,
  sharedLearnings: `
    SELECT json_build_object('id', l.id, 'team', t.name, 'body', l.body, 'fromWeek', l.from_week, 'hidden', l.hidden_at IS NOT NULL,
             'createdAt', l.created_at,
             'reactions', coalesce((SELECT json_object_agg(x.kind, x.n) FROM (SELECT r.kind, count(*) AS n FROM shared_learning_reaction r
                                      WHERE r.organization_id = l.organization_id AND r.learning_id = l.id GROUP BY r.kind) x), '{}'::json)) AS item
      FROM shared_learning l JOIN team t ON t.id = l.team_id AND t.organization_id = l.organization_id
     WHERE l.organization_id = $1 AND l.author_id = $2 ORDER BY l.created_at, l.id`,
  comments: `
    SELECT json_build_object('id', c.id, 'learningId', c.learning_id, 'body', c.body, 'createdAt', c.created_at) AS item
      FROM shared_learning_comment c WHERE c.organization_id = $1 AND c.author_id = $2 ORDER BY c.created_at, c.id`,
  reactions: `
    SELECT json_build_object('learningId', r.learning_id, 'kind', r.kind, 'createdAt', r.created_at) AS item
      FROM shared_learning_reaction r WHERE r.organization_id = $1 AND r.user_id = $2 ORDER BY r.created_at, r.learning_id, r.kind`,
  notifications: `
    SELECT json_build_object('id', n.id, 'kind', n.kind, 'data', n.data, 'read', n.read_at IS NOT NULL, 'createdAt', n.created_at) AS item
      FROM notification n WHERE n.organization_id = $1 AND n.user_id = $2 ORDER BY n.created_at, n.id`,
  // By the person, or about them: their account, or a record naming them by id.
  auditEvents: `
    SELECT json_build_object('id', e.id, 'action', e.action,
             'by', CASE WHEN e.actor_id = $2 THEN 'self' WHEN e.actor_id IS NULL THEN 'system' ELSE 'other' END,
             'targetType', e.target_type, 'targetId', e.target_id, 'details', e.details, 'createdAt', e.created_at) AS item
      FROM audit_event e
     WHERE e.organization_id = $1
       AND (e.actor_id = $2 OR (e.target_type = 'user' AND e.target_id = $2) OR e.details->>'userId' = $2::text OR e.details->>'requesterId' = $2::text)
     ORDER BY e.created_at, e.id`,
};

export type Kinds = Omit<PersonalDataExport, 'schemaVersion' | 'exportedAt' | 'person' | 'organization'>;

/**
 * What is stored about one person, read across the tables that hold it: for their copy of it (the
 * export) and for what an erasure will touch. Reads only; each table's own repository changes it.
 */
@Injectable()
export class PersonalDataRepository {
  /** Every kind of the person's data, in the caller's transaction: one after the other on its connection. */
  async kindsOf(organizationId: string, personId: string, tx: EntityManager): Promise<Kinds> {
    const kinds: Partial<Kinds> = {};
    for (const [kind, sql] of Object.entries(KINDS)) {
      const rows: { item: never }[] = await tx.query(sql, [organizationId, personId]);
      kinds[kind as keyof Kinds] = rows.map((row) => row.item);
    }
    return kinds as Kinds;
  }

  /**
   * What an erasure will touch, counted in one statement; the audit events are those about the person
   * that hold one of `auditKeys` in their details.
   */
  async erasureCountsOf(
    organizationId: string,
    personId: string,
    auditKeys: readonly string[],
    tx: EntityManager,
  ): Promise<ErasureCounts> {
    const [counts]: ErasureCounts[] = await tx.query(
      `SELECT (SELECT count(*) FROM learning_goal WHERE organization_id = $1 AND owner_id = $2)::int AS "goals",
              (SELECT count(*) FROM goal_milestone m JOIN learning_goal g ON g.id = m.goal_id AND g.organization_id = m.organization_id
                WHERE g.organization_id = $1 AND g.owner_id = $2)::int AS "milestones",
              (SELECT count(*) FROM vital_week WHERE organization_id = $1 AND owner_id = $2)::int AS "weeks",
              (SELECT count(*) FROM learning_time_request WHERE organization_id = $1 AND requester_id = $2)::int AS "learningTimeRequests",
              (SELECT count(*) FROM shared_learning WHERE organization_id = $1 AND author_id = $2)::int AS "sharedLearnings",
              (SELECT count(*) FROM shared_learning_comment WHERE organization_id = $1 AND author_id = $2)::int AS "comments",
              (SELECT count(*) FROM shared_learning_reaction WHERE organization_id = $1 AND user_id = $2)::int AS "reactions",
              (SELECT count(*) FROM notification WHERE organization_id = $1 AND user_id = $2)::int AS "notifications",
              (SELECT count(*) FROM session WHERE organization_id = $1 AND user_id = $2)::int AS "sessions",
              (SELECT count(*) FROM invitation i JOIN app_user u ON u.email = i.email AND u.organization_id = i.organization_id
                WHERE i.organization_id = $1 AND u.id = $2)::int AS "invitations",
              (SELECT count(*) FROM audit_event WHERE organization_id = $1 AND ${detailsAboutPerson('$2', '$3')})::int AS "auditEvents"`,
      [organizationId, personId, auditKeys],
    );
    return counts!;
  }
}
