import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * SQL: the stretch `span` of learning_norm_span (migration NormHistory) is in force in `week`. That view
 * is the one definition of a person's weekly learning norm: the contract hours and the organisation's
 * norm in force in that week, from the person's first week on. For the statements of repositories.
 */
export const spanCovers = (span: string, week: string) =>
  `(${week} >= ${span}.from_week AND (${span}.until_week IS NULL OR ${week} < ${span}.until_week))`;

/** The learning norm in force per person and week (views learning_norm_span and contract_hours_span). */
@Injectable()
export class NormsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each person's learning norm in hours for each of the weeks they count in; weeks before they joined have none. */
  async ofPeople(
    organizationId: string,
    userIds: readonly string[],
    weeks: readonly IsoWeekKey[],
    tx?: EntityManager,
  ): Promise<Map<string, Map<IsoWeekKey, number>>> {
    const rows: { userId: string; weekKey: IsoWeekKey; normHours: number }[] = await (
      tx ?? this.dataSource.manager
    ).query(
      `SELECT s.user_id AS "userId", w.week_key AS "weekKey", s.norm_hours::float AS "normHours"
         FROM learning_norm_span s JOIN unnest($3::text[]) AS w(week_key) ON ${spanCovers('s', 'w.week_key')}
        WHERE s.organization_id = $1 AND s.user_id = ANY($2)`,
      [organizationId, userIds, weeks],
    );
    const norms = new Map(userIds.map((id) => [id, new Map<IsoWeekKey, number>()]));
    for (const row of rows) norms.get(row.userId)?.set(row.weekKey, row.normHours);
    return norms;
  }
}
