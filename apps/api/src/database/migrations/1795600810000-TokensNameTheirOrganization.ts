import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session cookies, invitation links and calendar-feed URLs now name their organisation (auth/tokens.ts),
 * so that each lookup goes to one organisation's rows. The ones handed out before cannot be found that
 * way, and only their hashes are kept, so they end here, cleanly: everyone signs in once more; an open
 * invitation stays open and an administrator copies a new link to it; a calendar feed is made again on
 * the learning-time page.
 */
export class TokensNameTheirOrganization1795600810000 implements MigrationInterface {
  name = 'TokensNameTheirOrganization1795600810000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "session"`);
    await queryRunner.query(`DELETE FROM "invitation_link"`);
    await queryRunner.query(
      `UPDATE "app_user" SET "calendar_token_hash" = NULL WHERE "calendar_token_hash" IS NOT NULL`,
    );
  }

  async down(): Promise<void> {
    // What ended stays ended; the tokens made since work as secrets of their own before this too.
  }
}
