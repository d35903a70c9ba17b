import type { ErasureCounts } from '@vitaal/shared/personal-data';
import type { Locale } from '@vitaal/shared/locale';
import type { EntityManager } from 'typeorm';

/** Keys of audit details that came from the person (what they typed, where they signed in from). */
const PERSONAL_AUDIT_KEYS = ['email', 'ip'];

/** The name that stays where history needs one: on sessions they led, decisions they took, posts they wrote. */
export const ERASED_NAME: Record<Locale, string> = { nl: 'Verwijderd account', en: 'Erased account' };

const ABOUT_THEM = `(actor_id = $2 OR (target_type = 'user' AND target_id = $2)) AND details ?| $3::text[]`;

/** What an erasure will touch, counted in one statement. $1 organisation, $2 person, $3 the audit keys. */
export async function countErasure(
  manager: EntityManager,
  organizationId: string,
  personId: string,
): Promise<ErasureCounts> {
  const [counts]: ErasureCounts[] = await manager.query(
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
            (SELECT count(*) FROM audit_event WHERE organization_id = $1 AND ${ABOUT_THEM})::int AS "auditEvents"`,
    [organizationId, personId, PERSONAL_AUDIT_KEYS],
  );
  return counts!;
}

/**
 * Removes the person's texts and anonymises the account, in the caller's transaction. Rows that
 * team figures are built from stay with their numbers and without text: weeks (status, hours,
 * scores), learning-time requests (team, hours, status), posts in team feeds (so the team's count
 * and others' comments on them stay), session attendance and team memberships (teams count their
 * members, as they do a deactivated person's). Plain SQL, so triggers on these tables see every change.
 */
export async function erase(
  manager: EntityManager,
  organizationId: string,
  personId: string,
  name: string,
): Promise<void> {
  const run = (sql: string, extra: unknown[] = []) => manager.query(sql, [organizationId, personId, ...extra]);
  // Deactivate first: the team figures then take the person's weeks out as they still are. Emptying the
  // texts afterwards changes nothing there (an inactive person's weeks count nowhere), whereas the other
  // order would take out weeks already without their plans and leave them counted.
  await run(`UPDATE app_user SET active = false WHERE organization_id = $1 AND id = $2`);
  // Goals go with their milestones and links to weeks and sessions; requests keep their hours without the goal.
  await run(`DELETE FROM learning_goal WHERE organization_id = $1 AND owner_id = $2`);
  await run(
    `UPDATE vital_week SET intentions = '', learned = '', applied = '', ai_how = '', obstacles = '', support_wanted = '', next_step = '', shared = false
      WHERE organization_id = $1 AND owner_id = $2`,
  );
  // A pending request has nobody left to take it up; decided ones stay for the team's approved hours.
  await run(
    `UPDATE learning_time_request SET purpose = '', decision_comment = '', status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
      WHERE organization_id = $1 AND requester_id = $2`,
  );
  await run(`UPDATE shared_learning SET body = '' WHERE organization_id = $1 AND author_id = $2`);
  await run(`DELETE FROM shared_learning_comment WHERE organization_id = $1 AND author_id = $2`);
  await run(`DELETE FROM shared_learning_reaction WHERE organization_id = $1 AND user_id = $2`);
  await run(`DELETE FROM notification WHERE organization_id = $1 AND user_id = $2`);
  await run(`DELETE FROM session WHERE organization_id = $1 AND user_id = $2`);
  await run(
    `DELETE FROM invitation i USING app_user u WHERE i.organization_id = $1 AND u.id = $2 AND u.organization_id = i.organization_id AND i.email = u.email`,
  );
  await run(`UPDATE audit_event SET details = details - $3::text[] WHERE organization_id = $1 AND ${ABOUT_THEM}`, [
    PERSONAL_AUDIT_KEYS,
  ]);
  // The address gets a reserved, never-deliverable domain (RFC 2606), unique through the id.
  await run(
    `UPDATE app_user SET display_name = $3, email = 'erased-' || id || '@erased.invalid', password_hash = '', active = false, roles = '{}',
            calendar_token_hash = NULL, erased_at = now(), updated_at = now(), version = version + 1
      WHERE organization_id = $1 AND id = $2`,
    [name],
  );
}
