import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Goals with milestones take their progress from them from now on; existing ones are brought in line once. */
export class ProgressFollowsMilestones1795600510000 implements MigrationInterface {
  name = 'ProgressFollowsMilestones1795600510000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "learning_goal" g SET "progress" = m.progress, "version" = g."version" + 1
         FROM (SELECT "organization_id", "goal_id",
                      round(100.0 * count(*) FILTER (WHERE "done") / count(*))::smallint AS progress
                 FROM "goal_milestone" GROUP BY "organization_id", "goal_id") m
        WHERE g."organization_id" = m."organization_id" AND g."id" = m."goal_id" AND g."progress" <> m.progress`,
    );
  }

  async down(): Promise<void> {
    // The hand-set figures they replaced are not kept: nothing to undo.
  }
}
