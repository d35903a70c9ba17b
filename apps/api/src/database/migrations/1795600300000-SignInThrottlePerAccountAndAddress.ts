import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInThrottlePerAccountAndAddress1795600300000 implements MigrationInterface {
  name = 'SignInThrottlePerAccountAndAddress1795600300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" ADD "lockouts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" ADD "known_until" TIMESTAMP WITH TIME ZONE`);
    // The counters keep counting under their new names, so a lock in force stays in force.
    await queryRunner.query(
      `UPDATE "sign_in_throttle" SET "key" = 'account:' || substr("key", 7) WHERE "key" LIKE 'email:%'`,
    );
    await queryRunner.query(
      `UPDATE "sign_in_throttle" SET "key" = 'address:' || substr("key", 4) WHERE "key" LIKE 'ip:%'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "sign_in_throttle" WHERE "key" LIKE 'pair:%'`);
    await queryRunner.query(
      `UPDATE "sign_in_throttle" SET "key" = 'ip:' || substr("key", 9) WHERE "key" LIKE 'address:%'`,
    );
    await queryRunner.query(
      `UPDATE "sign_in_throttle" SET "key" = 'email:' || substr("key", 9) WHERE "key" LIKE 'account:%'`,
    );
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" DROP COLUMN "known_until"`);
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" DROP COLUMN "lockouts"`);
  }
}
