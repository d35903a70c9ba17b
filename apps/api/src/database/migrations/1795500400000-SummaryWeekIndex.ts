import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SummaryWeekIndex1795500400000 implements MigrationInterface {
  name = 'SummaryWeekIndex1795500400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_team_week_summary_org_week" ON "team_week_summary" ("organization_id", "week_key") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_team_week_summary_org_week"`);
  }
}
