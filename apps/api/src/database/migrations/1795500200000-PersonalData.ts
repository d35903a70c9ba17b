import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalData1795500200000 implements MigrationInterface {
  name = 'PersonalData1795500200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "erased_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE TABLE "erasure_request" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "requested_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aebf0fe770e9e65f40eb7b324b3" PRIMARY KEY ("organization_id", "user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "erasure_request" ADD CONSTRAINT "FK_3a0bc04bc17809d36b7ac9f7649" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "erasure_request" DROP CONSTRAINT "FK_3a0bc04bc17809d36b7ac9f7649"');
    await queryRunner.query('DROP TABLE "erasure_request"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "erased_at"');
  }
}
