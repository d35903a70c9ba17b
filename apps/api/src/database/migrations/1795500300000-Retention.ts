import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Retention1795500300000 implements MigrationInterface {
  name = 'Retention1795500300000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
