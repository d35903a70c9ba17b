import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1795500100000 implements MigrationInterface {
  name = 'RateLimits1795500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counter" ("key" text NOT NULL, "hits" integer NOT NULL DEFAULT '1', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5bfa3ad3fe33321b1d17eae4746" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_counter_window" ON "rate_limit_counter" ("window_started_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_rate_limit_counter_window"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
  }
}
