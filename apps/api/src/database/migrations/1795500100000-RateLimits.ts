import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1795500100000 implements MigrationInterface {
  name = 'RateLimits1795500100000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
