import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InsightsSummary1795500000000 implements MigrationInterface {
  name = 'InsightsSummary1795500000000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
