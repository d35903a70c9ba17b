import type { MigrationInterface, QueryRunner } from 'typeorm';

/** team_week_figures (migration InsightsSummary) with the given definitions of a filled plan and the hours learned. */
const FIGURES_OF = (planFilled: string, actualHours: string) => `
  CREATE OR REPLACE FUNCTION team_week_figures(w vital_week)
  RETURNS TABLE (plans integer, submitted integer, planned_hours numeric, actual_hours numeric, energy_sum integer, energy_n integer,
                 climate_sum integer, climate_n integer, workload_sum integer, workload_n integer, ai_yes integer, ai_n integer)
  LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN ${planFilled} THEN 1 ELSE 0 END,
           CASE WHEN done THEN 1 ELSE 0 END,
           coalesce(w.planned_hours, 0),
           CASE WHEN done THEN ${actualHours} ELSE 0 END,
           CASE WHEN done THEN coalesce(w.energy, 0) ELSE 0 END, CASE WHEN done AND w.energy IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN done THEN coalesce(w.climate, 0) ELSE 0 END, CASE WHEN done AND w.climate IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN done THEN coalesce(w.workload, 0) ELSE 0 END, CASE WHEN done AND w.workload IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN done AND w.ai_used THEN 1 ELSE 0 END, CASE WHEN done AND w.ai_used IS NOT NULL THEN 1 ELSE 0 END
      FROM (SELECT coalesce(w.status = 'submitted', false) AS done) s
  $$`;

/**
 * "Plan filled" and "actual hours" get one definition each, as SQL functions that the summary upkeep and
 * the repositories' statements call alike (docs/architecture.md, "Where each rule lives"):
 * - vitaal_plan_filled: the week has intentions or planned hours;
 * - vitaal_actual_hours: the hours learned, the sum of the four kinds filled in, null when none is.
 * They take columns rather than a vital_week row, so they also run on a table split into shards.
 * team_week_figures, which every summary trigger calls, is recreated to use them; its results stay the same.
 */
export class WeekFigures1795600900000 implements MigrationInterface {
  name = 'WeekFigures1795600900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION vitaal_plan_filled(intentions text, planned_hours numeric) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT intentions <> '' OR planned_hours IS NOT NULL
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION vitaal_actual_hours(workplace numeric, course numeric, peer numeric, self_study numeric) RETURNS numeric
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN coalesce(workplace, course, peer, self_study) IS NULL THEN NULL
                    ELSE coalesce(workplace, 0) + coalesce(course, 0) + coalesce(peer, 0) + coalesce(self_study, 0) END
      $$`);
    await queryRunner.query(
      FIGURES_OF(
        'vitaal_plan_filled(w.intentions, w.planned_hours)',
        'coalesce(vitaal_actual_hours(w.hours_workplace, w.hours_course, w.hours_peer, w.hours_self_study), 0)',
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      FIGURES_OF(
        `w.intentions <> '' OR w.planned_hours IS NOT NULL`,
        'coalesce(w.hours_workplace, 0) + coalesce(w.hours_course, 0) + coalesce(w.hours_peer, 0) + coalesce(w.hours_self_study, 0)',
      ),
    );
    await queryRunner.query(`DROP FUNCTION vitaal_actual_hours(numeric, numeric, numeric, numeric)`);
    await queryRunner.query(`DROP FUNCTION vitaal_plan_filled(text, numeric)`);
  }
}
