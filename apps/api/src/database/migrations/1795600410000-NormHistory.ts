import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The week key that stands for "since the beginning": before every real ISO week. */
const SINCE_EVER = `'0000-W01'`;
const CURRENT_WEEK = (timezone: string) => `to_char(now() AT TIME ZONE ${timezone}, 'IYYY-"W"IW')`;

/**
 * A week is measured against the learning norm and contract hours in force in that week, so a change
 * must not rewrite history. learning_norm_history and contract_hours_history hold what was in force
 * from which week until which (until_week null: still in force); triggers write them in the
 * transaction of every change, whoever makes it, from the week in which the change is made. The
 * values at the time of this migration hold from the beginning.
 *
 * learning_norm_span is the one definition of a person's weekly norm that every figure reads: per
 * person the stretches of weeks, from their first week on (contract_hours_span), in which their
 * contract hours and the organisation's norm both stay the same, with norm_hours = contract hours ×
 * norm % / 100. Team figures sum the same per week: the week's norm % of the members' contract hours.
 */
export class NormHistory1795600410000 implements MigrationInterface {
  name = 'NormHistory1795600410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "learning_norm_history" ("organization_id" uuid NOT NULL, "from_week" text NOT NULL, "until_week" text, "percent" smallint NOT NULL, CONSTRAINT "PK_learning_norm_history" PRIMARY KEY ("organization_id", "from_week"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_norm_history" ADD CONSTRAINT "FK_93ecd09a8dfa6270a2dc16feb6e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_hours_history" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "from_week" text NOT NULL, "until_week" text, "hours" numeric(4,1) NOT NULL, CONSTRAINT "PK_contract_hours_history" PRIMARY KEY ("organization_id", "user_id", "from_week"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_hours_history" ADD CONSTRAINT "FK_6265b2a1b9799995d4fd24f6459" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO learning_norm_history (organization_id, from_week, percent) SELECT id, ${SINCE_EVER}, learning_norm_percent FROM organization`,
    );
    await queryRunner.query(
      `INSERT INTO contract_hours_history (organization_id, user_id, from_week, hours) SELECT organization_id, id, ${SINCE_EVER}, contract_hours FROM app_user`,
    );

    // A change ends the stretch in force and starts one in the current week; a second change in the
    // same week replaces the first.
    await queryRunner.query(`
      CREATE FUNCTION learning_norm_history_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        week text := CASE WHEN TG_OP = 'INSERT' THEN ${SINCE_EVER} ELSE ${CURRENT_WEEK('NEW.timezone')} END;
      BEGIN
        UPDATE learning_norm_history SET until_week = week
         WHERE organization_id = NEW.id AND until_week IS NULL AND from_week < week;
        INSERT INTO learning_norm_history (organization_id, from_week, percent) VALUES (NEW.id, week, NEW.learning_norm_percent)
        ON CONFLICT (organization_id, from_week) DO UPDATE SET percent = excluded.percent;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION contract_hours_history_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        week text := CASE WHEN TG_OP = 'INSERT' THEN ${SINCE_EVER}
                          ELSE ${CURRENT_WEEK('(SELECT timezone FROM organization WHERE id = NEW.organization_id)')} END;
      BEGIN
        UPDATE contract_hours_history SET until_week = week
         WHERE organization_id = NEW.organization_id AND user_id = NEW.id AND until_week IS NULL AND from_week < week;
        INSERT INTO contract_hours_history (organization_id, user_id, from_week, hours) VALUES (NEW.organization_id, NEW.id, week, NEW.contract_hours)
        ON CONFLICT (organization_id, user_id, from_week) DO UPDATE SET hours = excluded.hours;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER learning_norm_history_created AFTER INSERT ON organization
      FOR EACH ROW EXECUTE FUNCTION learning_norm_history_change()`);
    await queryRunner.query(`
      CREATE TRIGGER learning_norm_history_changed AFTER UPDATE OF learning_norm_percent ON organization
      FOR EACH ROW WHEN (OLD.learning_norm_percent IS DISTINCT FROM NEW.learning_norm_percent)
      EXECUTE FUNCTION learning_norm_history_change()`);
    await queryRunner.query(`
      CREATE TRIGGER contract_hours_history_created AFTER INSERT ON app_user
      FOR EACH ROW EXECUTE FUNCTION contract_hours_history_change()`);
    await queryRunner.query(`
      CREATE TRIGGER contract_hours_history_changed AFTER UPDATE OF contract_hours ON app_user
      FOR EACH ROW WHEN (OLD.contract_hours IS DISTINCT FROM NEW.contract_hours)
      EXECUTE FUNCTION contract_hours_history_change()`);

    // A person's contract stretches from their first week on.
    await queryRunner.query(`
      CREATE VIEW contract_hours_span AS
      SELECT c.organization_id, c.user_id, greatest(c.from_week, u.first_week) AS from_week, c.until_week, c.hours
        FROM contract_hours_history c
        JOIN app_user u ON u.id = c.user_id AND u.organization_id = c.organization_id
       WHERE c.until_week IS NULL OR c.until_week > u.first_week`);
    // Two stretches overlap when each starts before the other ends.
    await queryRunner.query(`
      CREATE VIEW learning_norm_span AS
      SELECT c.organization_id, c.user_id,
             greatest(c.from_week, n.from_week) AS from_week, least(c.until_week, n.until_week) AS until_week,
             c.hours AS contract_hours, n.percent AS norm_percent, c.hours * n.percent / 100.0 AS norm_hours
        FROM contract_hours_span c
        JOIN learning_norm_history n ON n.organization_id = c.organization_id
             AND (n.until_week IS NULL OR n.until_week > c.from_week)
             AND (c.until_week IS NULL OR c.until_week > n.from_week)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW learning_norm_span`);
    await queryRunner.query(`DROP VIEW contract_hours_span`);
    for (const [trigger, table] of [
      ['contract_hours_history_changed', 'app_user'],
      ['contract_hours_history_created', 'app_user'],
      ['learning_norm_history_changed', 'organization'],
      ['learning_norm_history_created', 'organization'],
    ]) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION contract_hours_history_change()`);
    await queryRunner.query(`DROP FUNCTION learning_norm_history_change()`);
    await queryRunner.query(`DROP TABLE "contract_hours_history"`);
    await queryRunner.query(`DROP TABLE "learning_norm_history"`);
  }
}
