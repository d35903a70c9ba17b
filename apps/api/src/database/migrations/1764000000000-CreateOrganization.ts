import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganization1764000000000 implements MigrationInterface {
  name = 'CreateOrganization1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organization" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "timezone" text NOT NULL DEFAULT 'Europe/Amsterdam',
        "locale" text NOT NULL DEFAULT 'nl',
        "learning_norm_percent" smallint NOT NULL DEFAULT 10,
        "reflection_edit_window_days" smallint NOT NULL DEFAULT 14,
        "min_group_size" smallint NOT NULL DEFAULT 5,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organization" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
