import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationLinks1795600500000 implements MigrationInterface {
  name = 'InvitationLinks1795600500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."UQ_invitation_token"');
    await queryRunner.query(
      'CREATE TABLE "invitation_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63004f50fe26217b1321888c574" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_invitation_link_token" ON "invitation_link"  ("token_hash") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_invitation_link_invitation" ON "invitation_link"  ("organization_id", "invitation_id") ',
    );
    // The link each open invitation already has keeps working.
    await queryRunner.query(
      `INSERT INTO "invitation_link" ("organization_id", "invitation_id", "token_hash", "created_at")
       SELECT "organization_id", "id", "token_hash", "created_at" FROM "invitation"`,
    );
    await queryRunner.query('ALTER TABLE "invitation" DROP COLUMN "token_hash"');
    await queryRunner.query(
      'ALTER TABLE "invitation_link" ADD CONSTRAINT "FK_6970ac76def59ea66c97648b79d" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitation_link" DROP CONSTRAINT "FK_6970ac76def59ea66c97648b79d"');
    await queryRunner.query('ALTER TABLE "invitation" ADD "token_hash" text');
    // Back to one link per invitation: the newest one stays valid.
    await queryRunner.query(
      `UPDATE "invitation" i SET "token_hash" = (SELECT l."token_hash" FROM "invitation_link" l
         WHERE l."invitation_id" = i."id" ORDER BY l."created_at" DESC, l."id" DESC LIMIT 1)`,
    );
    await queryRunner.query(`DELETE FROM "invitation" WHERE "token_hash" IS NULL`);
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "token_hash" SET NOT NULL');
    await queryRunner.query('DROP INDEX "public"."IDX_invitation_link_invitation"');
    await queryRunner.query('DROP INDEX "public"."UQ_invitation_link_token"');
    await queryRunner.query('DROP TABLE "invitation_link"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_invitation_token" ON "invitation" USING btree ("token_hash") ');
  }
}
