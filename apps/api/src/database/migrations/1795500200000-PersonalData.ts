import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalData1795500200000 implements MigrationInterface {
  name = 'PersonalData1795500200000';

  async up(_queryRunner: QueryRunner): Promise<void> {}

  async down(_queryRunner: QueryRunner): Promise<void> {}
}
