import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Retention1795500300000 implements MigrationInterface {
  name = 'Retention1795500300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "retention_months" smallint NOT NULL DEFAULT 24`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "retention_months"`);
  }
}
