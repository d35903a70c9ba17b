import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ISO week of a moment in an organisation's time zone, as the app writes week keys. */
const WEEK_OF = (moment: string, organization: string) =>
  `to_char(${moment} AT TIME ZONE (SELECT timezone FROM organization WHERE id = ${organization}), 'IYYY-"W"IW')`;

/**
 * app_user.first_week: the week from which a person counts, so that nobody has missing weeks, or
 * weighs in a team's figures, before they were there. It is the week their account was created
 * (organisation time), or their earliest recorded week when that is earlier (a week written just
 * after joining, or history brought along). Triggers keep it, whoever creates people or weeks.
 */
export class PersonFirstWeek1795600400000 implements MigrationInterface {
  name = 'PersonFirstWeek1795600400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "first_week" text`);
    await queryRunner.query(`
      UPDATE app_user u SET first_week = least(${WEEK_OF('u.created_at', 'u.organization_id')},
        (SELECT min(w.week_key) FROM vital_week w WHERE w.organization_id = u.organization_id AND w.owner_id = u.id))`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "first_week" SET NOT NULL`);

    await queryRunner.query(`
      CREATE FUNCTION person_first_week_on_create() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.first_week := coalesce(NEW.first_week, ${WEEK_OF('coalesce(NEW.created_at, now())', 'NEW.organization_id')});
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_first_week BEFORE INSERT ON app_user
      FOR EACH ROW EXECUTE FUNCTION person_first_week_on_create()`);

    // Only an earlier week changes the person's row, so ordinary saves lock nothing here.
    await queryRunner.query(`
      CREATE FUNCTION person_first_week_on_week() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE app_user SET first_week = NEW.week_key
         WHERE id = NEW.owner_id AND organization_id = NEW.organization_id AND first_week > NEW.week_key;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_first_week AFTER INSERT OR UPDATE OF week_key ON vital_week
      FOR EACH ROW EXECUTE FUNCTION person_first_week_on_week()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "person_first_week" ON "vital_week"`);
    await queryRunner.query(`DROP FUNCTION person_first_week_on_week()`);
    await queryRunner.query(`DROP TRIGGER "person_first_week" ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION person_first_week_on_create()`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "first_week"`);
  }
}
