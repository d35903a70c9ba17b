import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedAndJobRuns1795439141967 implements MigrationInterface {
  name = 'CalendarFeedAndJobRuns1795439141967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"job_run\" (\"organization_id\" uuid NOT NULL, \"job\" text NOT NULL, \"period\" text NOT NULL, \"ran_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c6dd70588142dd9ab1d85cfd85a\" PRIMARY KEY (\"organization_id\", \"job\", \"period\"))");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"calendar_token_hash\" text");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_app_user_calendar_token\" ON \"app_user\"  (\"calendar_token_hash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"UQ_app_user_calendar_token\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"calendar_token_hash\"");
    await queryRunner.query("DROP TABLE \"job_run\"");
  }
}
