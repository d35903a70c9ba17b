import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An address can have an account in each organisation that adds it; unique within one. */
export class EmailPerOrganization1795600520000 implements MigrationInterface {
  name = 'EmailPerOrganization1795600520000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."UQ_app_user_email"');
    await queryRunner.query('CREATE INDEX "IDX_app_user_email" ON "app_user"  ("email") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_app_user_org_email" ON "app_user"  ("organization_id", "email") ');
  }

  /** Fails when an address has accounts in two organisations by then: which one to keep is not ours to pick. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."UQ_app_user_org_email"');
    await queryRunner.query('DROP INDEX "public"."IDX_app_user_email"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" USING btree ("email") ');
  }
}
