import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import type { EntityManager } from 'typeorm';

/**
 * SQL: the stretch `span` of learning_norm_span (migration NormHistory) is in force in `week`. That view
 * is the one definition of a person's weekly learning norm: the contract hours and the organisation's
 * norm in force in that week, from the person's first week on.
 */
export const spanCovers = (span: string, week: string) =>
  `(${week} >= ${span}.from_week AND (${span}.until_week IS NULL OR ${week} < ${span}.until_week))`;

/** Each person's learning norm in hours for each of the weeks they count in; weeks before they joined have none. */
export async function personNorms(
  manager: EntityManager,
  organizationId: string,
  userIds: string[],
  weeks: IsoWeekKey[],
): Promise<Map<string, Map<IsoWeekKey, number>>> {
  const rows: { user_id: string; week_key: IsoWeekKey; norm_hours: number }[] = await manager.query(
    `SELECT s.user_id, w.week_key, s.norm_hours::float AS norm_hours
       FROM learning_norm_span s JOIN unnest($3::text[]) AS w(week_key) ON ${spanCovers('s', 'w.week_key')}
      WHERE s.organization_id = $1 AND s.user_id = ANY($2)`,
    [organizationId, userIds, weeks],
  );
  const norms = new Map(userIds.map((id) => [id, new Map<IsoWeekKey, number>()]));
  for (const row of rows) norms.get(row.user_id)?.set(row.week_key, row.norm_hours);
  return norms;
}
