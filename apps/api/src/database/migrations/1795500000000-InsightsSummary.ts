import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The summed figures of team_week_summary, in the order of its columns after the key. */
const FIGURES = ['plans', 'submitted', 'planned_hours', 'actual_hours', 'energy_sum', 'energy_n', 'climate_sum', 'climate_n', 'workload_sum', 'workload_n', 'ai_yes', 'ai_n'];
const list = (each: (figure: string) => string) => FIGURES.map(each).join(', ');
const KEYED_COLUMNS = `organization_id, team_id, week_key, ${list((f) => f)}`;
const ADD_EXCLUDED = list((f) => `${f} = s.${f} + excluded.${f}`);
/** The columns of a week that its figures depend on: an update that changes none of them is skipped. */
const WEEK_FIGURE_COLUMNS = (row: 'OLD' | 'NEW') =>
  `(${['organization_id', 'owner_id', 'week_key', 'status', 'planned_hours', 'hours_workplace', 'hours_course', 'hours_peer', 'hours_self_study', 'energy', 'climate', 'workload', 'ai_used']
    .map((column) => `${row}.${column}`)
    .join(', ')}, ${row}.intentions <> '')`;

/**
 * team_week_summary holds, per team and ISO week, what the insights sum over the weeks of the team's
 * active members. Triggers keep it exact on every write, whoever makes it (weeks saved, erased or
 * removed by retention; memberships; people deactivated or deleted), so no writer can forget it.
 *
 * Concurrency: a week's trigger (run at commit) takes KEY SHARE on its owner, membership and
 * active-flag changes take FOR UPDATE on the person first, so the two wait for each other and the
 * later one, reading with a fresh snapshot, sees what the earlier one committed: nothing is counted
 * twice or missed.
 */
export class InsightsSummary1795500000000 implements MigrationInterface {
  name = 'InsightsSummary1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_week_summary" ("organization_id" uuid NOT NULL, "team_id" uuid NOT NULL, "week_key" text NOT NULL, "plans" integer NOT NULL DEFAULT '0', "submitted" integer NOT NULL DEFAULT '0', "planned_hours" numeric NOT NULL DEFAULT '0', "actual_hours" numeric NOT NULL DEFAULT '0', "energy_sum" integer NOT NULL DEFAULT '0', "energy_n" integer NOT NULL DEFAULT '0', "climate_sum" integer NOT NULL DEFAULT '0', "climate_n" integer NOT NULL DEFAULT '0', "workload_sum" integer NOT NULL DEFAULT '0', "workload_n" integer NOT NULL DEFAULT '0', "ai_yes" integer NOT NULL DEFAULT '0', "ai_n" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c68ef42103519effe444e480d6d" PRIMARY KEY ("organization_id", "team_id", "week_key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_week_summary" ADD CONSTRAINT "FK_ca5a7723b6ef4db75cb4a564802" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // What one week adds to each of its owner's teams; zeros for no week. Scores, AI use and actual
    // hours count only for submitted weeks, as in the figures.
    await queryRunner.query(`
      CREATE FUNCTION team_week_figures(w vital_week)
      RETURNS TABLE (plans integer, submitted integer, planned_hours numeric, actual_hours numeric, energy_sum integer, energy_n integer,
                     climate_sum integer, climate_n integer, workload_sum integer, workload_n integer, ai_yes integer, ai_n integer)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN w.intentions <> '' OR w.planned_hours IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN done THEN 1 ELSE 0 END,
               coalesce(w.planned_hours, 0),
               CASE WHEN done THEN coalesce(w.hours_workplace, 0) + coalesce(w.hours_course, 0) + coalesce(w.hours_peer, 0) + coalesce(w.hours_self_study, 0) ELSE 0 END,
               CASE WHEN done THEN coalesce(w.energy, 0) ELSE 0 END, CASE WHEN done AND w.energy IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN done THEN coalesce(w.climate, 0) ELSE 0 END, CASE WHEN done AND w.climate IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN done THEN coalesce(w.workload, 0) ELSE 0 END, CASE WHEN done AND w.workload IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN done AND w.ai_used THEN 1 ELSE 0 END, CASE WHEN done AND w.ai_used IS NOT NULL THEN 1 ELSE 0 END
          FROM (SELECT coalesce(w.status = 'submitted', false) AS done) s
      $$`);

    // Adds (sign 1) or takes away (sign -1) all weeks of one person in the given teams. Taking away
    // only touches existing rows: a team being deleted may already have lost its own.
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_add_person(organization uuid, person uuid, teams uuid[], sign integer) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF sign > 0 THEN
          INSERT INTO team_week_summary AS s (${KEYED_COLUMNS})
          SELECT organization, t.team_id, w.week_key, ${list((f) => `sum(f.${f})`)}
            FROM unnest(teams) AS t(team_id)
            CROSS JOIN vital_week w CROSS JOIN LATERAL team_week_figures(w) f
           WHERE w.organization_id = organization AND w.owner_id = person
           GROUP BY t.team_id, w.week_key ORDER BY t.team_id, w.week_key
          ON CONFLICT (organization_id, team_id, week_key) DO UPDATE SET ${ADD_EXCLUDED};
        ELSE
          UPDATE team_week_summary s SET ${list((f) => `${f} = s.${f} - d.${f}`)}
            FROM (SELECT t.team_id, w.week_key, ${list((f) => `sum(f.${f}) AS ${f}`)}
                    FROM unnest(teams) AS t(team_id)
                    CROSS JOIN vital_week w CROSS JOIN LATERAL team_week_figures(w) f
                   WHERE w.organization_id = organization AND w.owner_id = person
                   GROUP BY t.team_id, w.week_key) d
           WHERE s.organization_id = organization AND s.team_id = d.team_id AND s.week_key = d.week_key;
        END IF;
      END $$`);

    // A week written: the difference between its new and old figures goes to its owner's teams,
    // when the owner is active. A changed owner or week key moves the whole week.
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_change(before vital_week, after vital_week) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        w vital_week := coalesce(after, before);
        counted boolean;
      BEGIN
        -- Locked whether active or not, so an activation in flight is waited for, not missed.
        SELECT u.active INTO counted FROM app_user u WHERE u.id = w.owner_id AND u.organization_id = w.organization_id FOR KEY SHARE;
        IF NOT coalesce(counted, false) THEN RETURN; END IF;
        INSERT INTO team_week_summary AS s (${KEYED_COLUMNS})
        SELECT m.organization_id, m.team_id, w.week_key, ${list((f) => `a.${f} - b.${f}`)}
          FROM team_week_figures(after) a, team_week_figures(before) b, team_membership m
         WHERE m.organization_id = w.organization_id AND m.user_id = w.owner_id
         ORDER BY m.team_id
        ON CONFLICT (organization_id, team_id, week_key) DO UPDATE SET ${ADD_EXCLUDED};
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_on_week() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (OLD.organization_id, OLD.owner_id, OLD.week_key) IS DISTINCT FROM (NEW.organization_id, NEW.owner_id, NEW.week_key) THEN
          PERFORM team_week_summary_change(OLD, NULL);
          PERFORM team_week_summary_change(NULL, NEW);
        ELSE
          PERFORM team_week_summary_change(OLD, NEW);
        END IF;
        RETURN NULL;
      END $$`);

    // Membership changes: lock the person first (before the insert's own key-share lock, so two
    // changes for one person queue instead of deadlocking), then move their weeks.
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_lock_member() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM app_user WHERE id IN (OLD.user_id, NEW.user_id) ORDER BY id FOR UPDATE;
        RETURN coalesce(NEW, OLD);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_on_membership() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM app_user WHERE id = OLD.user_id AND organization_id = OLD.organization_id AND active) THEN
          PERFORM team_week_summary_add_person(OLD.organization_id, OLD.user_id, ARRAY[OLD.team_id], -1);
        END IF;
        IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM app_user WHERE id = NEW.user_id AND organization_id = NEW.organization_id AND active) THEN
          PERFORM team_week_summary_add_person(NEW.organization_id, NEW.user_id, ARRAY[NEW.team_id], 1);
        END IF;
        RETURN NULL;
      END $$`);

    // A person (de)activated or deleted: their weeks join or leave all their teams. On delete this
    // runs before the cascade removes weeks and memberships, whose own triggers then find no one.
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_on_person() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        person app_user := coalesce(NEW, OLD);
      BEGIN
        PERFORM 1 FROM app_user WHERE id = person.id FOR UPDATE;
        PERFORM team_week_summary_add_person(person.organization_id, person.id,
          ARRAY(SELECT team_id FROM team_membership WHERE organization_id = person.organization_id AND user_id = person.id),
          CASE WHEN TG_OP = 'UPDATE' AND NEW.active THEN 1 ELSE -1 END);
        RETURN person;
      END $$`);

    // Counts everything again: for the weeks already there, and after a TRUNCATE, which fires no row triggers.
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_recount() RETURNS void
      LANGUAGE sql AS $$
        DELETE FROM team_week_summary;
        INSERT INTO team_week_summary (${KEYED_COLUMNS})
        SELECT m.organization_id, m.team_id, w.week_key, ${list((f) => `sum(f.${f})`)}
          FROM team_membership m
          JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
          JOIN vital_week w ON w.organization_id = m.organization_id AND w.owner_id = m.user_id
          CROSS JOIN LATERAL team_week_figures(w) f
         GROUP BY m.organization_id, m.team_id, w.week_key;
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION team_week_summary_on_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM team_week_summary_recount();
        RETURN NULL;
      END $$`);

    // Weeks are counted at commit (deferred): a team's row for the week stays locked only while its
    // transaction commits, not across the round trips of a save, so colleagues saving at once barely wait.
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER team_week_summary_week AFTER INSERT OR DELETE ON vital_week DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION team_week_summary_on_week()`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER team_week_summary_week_update AFTER UPDATE ON vital_week DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (${WEEK_FIGURE_COLUMNS('OLD')} IS DISTINCT FROM ${WEEK_FIGURE_COLUMNS('NEW')})
      EXECUTE FUNCTION team_week_summary_on_week()`);
    await queryRunner.query(`
      CREATE TRIGGER team_week_summary_lock_member BEFORE INSERT OR DELETE OR UPDATE OF team_id, user_id, organization_id ON team_membership
      FOR EACH ROW EXECUTE FUNCTION team_week_summary_lock_member()`);
    await queryRunner.query(`
      CREATE TRIGGER team_week_summary_membership AFTER INSERT OR DELETE OR UPDATE OF team_id, user_id, organization_id ON team_membership
      FOR EACH ROW EXECUTE FUNCTION team_week_summary_on_membership()`);
    await queryRunner.query(`
      CREATE TRIGGER team_week_summary_person_active AFTER UPDATE OF active ON app_user
      FOR EACH ROW WHEN (OLD.active IS DISTINCT FROM NEW.active) EXECUTE FUNCTION team_week_summary_on_person()`);
    await queryRunner.query(`
      CREATE TRIGGER team_week_summary_person_deleted BEFORE DELETE ON app_user
      FOR EACH ROW WHEN (OLD.active) EXECUTE FUNCTION team_week_summary_on_person()`);
    for (const table of ['vital_week', 'team_membership']) {
      await queryRunner.query(`CREATE TRIGGER team_week_summary_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION team_week_summary_on_truncate()`);
    }
    await queryRunner.query(`SELECT team_week_summary_recount()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['team_week_summary_truncate', 'team_membership'],
      ['team_week_summary_truncate', 'vital_week'],
      ['team_week_summary_person_deleted', 'app_user'],
      ['team_week_summary_person_active', 'app_user'],
      ['team_week_summary_membership', 'team_membership'],
      ['team_week_summary_lock_member', 'team_membership'],
      ['team_week_summary_week_update', 'vital_week'],
      ['team_week_summary_week', 'vital_week'],
    ]) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    }
    for (const fn of ['team_week_summary_recount', 'team_week_summary_on_truncate', 'team_week_summary_on_person', 'team_week_summary_on_membership', 'team_week_summary_lock_member', 'team_week_summary_on_week']) {
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query(`DROP FUNCTION team_week_summary_change(vital_week, vital_week)`);
    await queryRunner.query(`DROP FUNCTION team_week_summary_add_person(uuid, uuid, uuid[], integer)`);
    await queryRunner.query(`DROP FUNCTION team_week_figures(vital_week)`);
    await queryRunner.query(`ALTER TABLE "team_week_summary" DROP CONSTRAINT "FK_ca5a7723b6ef4db75cb4a564802"`);
    await queryRunner.query(`DROP TABLE "team_week_summary"`);
  }
}
