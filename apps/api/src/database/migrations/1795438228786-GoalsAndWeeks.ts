import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GoalsAndWeeks1795438228786 implements MigrationInterface {
  name = 'GoalsAndWeeks1795438228786';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"goal_milestone\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"goal_id\" uuid NOT NULL, \"title\" text NOT NULL, \"done\" boolean NOT NULL DEFAULT false, \"done_on\" date, \"position\" integer NOT NULL, CONSTRAINT \"PK_e0e21dcbd581fad02b78b3de9a8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_goal_milestone_goal\" ON \"goal_milestone\"  (\"organization_id\", \"goal_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"learning_goal\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"owner_id\" uuid NOT NULL, \"title\" text NOT NULL, \"development_question\" text NOT NULL, \"motivation\" text NOT NULL DEFAULT '', \"challenges\" text array NOT NULL DEFAULT '{}', \"career_competencies\" text array NOT NULL DEFAULT '{}', \"competences\" text array NOT NULL DEFAULT '{}', \"success_criteria\" text NOT NULL DEFAULT '', \"target_date\" date, \"status\" text NOT NULL DEFAULT 'draft', \"visibility\" text NOT NULL DEFAULT 'private', \"progress\" smallint NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_f5f20b52138b588ae41da480b36\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_learning_goal_owner\" ON \"learning_goal\"  (\"organization_id\", \"owner_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"vital_week\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"owner_id\" uuid NOT NULL, \"week_key\" text NOT NULL, \"starts_on\" date NOT NULL, \"status\" text NOT NULL DEFAULT 'draft', \"shared\" boolean NOT NULL DEFAULT false, \"intentions\" text NOT NULL DEFAULT '', \"planned_hours\" numeric(4,1), \"learned\" text NOT NULL DEFAULT '', \"applied\" text NOT NULL DEFAULT '', \"hours_workplace\" numeric(4,1), \"hours_course\" numeric(4,1), \"hours_peer\" numeric(4,1), \"hours_self_study\" numeric(4,1), \"energy\" smallint, \"climate\" smallint, \"workload\" smallint, \"ai_used\" boolean, \"ai_how\" text NOT NULL DEFAULT '', \"obstacles\" text NOT NULL DEFAULT '', \"support_wanted\" text NOT NULL DEFAULT '', \"next_step\" text NOT NULL DEFAULT '', \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_7ec46c4954127057705fabf618f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_vital_week_org_week\" ON \"vital_week\"  (\"organization_id\", \"week_key\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_vital_week_owner_week\" ON \"vital_week\"  (\"organization_id\", \"owner_id\", \"week_key\") ");
    await queryRunner.query("CREATE TABLE \"week_goal\" (\"organization_id\" uuid NOT NULL, \"week_id\" uuid NOT NULL, \"goal_id\" uuid NOT NULL, \"hours\" numeric(4,1), \"progress\" smallint, CONSTRAINT \"PK_680619fd365affe16a892a7fa8a\" PRIMARY KEY (\"organization_id\", \"week_id\", \"goal_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_week_goal_goal\" ON \"week_goal\"  (\"organization_id\", \"goal_id\") ");
    await queryRunner.query("ALTER TABLE \"goal_milestone\" ADD CONSTRAINT \"FK_09daf8a7ef81b4740619a10a8b1\" FOREIGN KEY (\"goal_id\") REFERENCES \"learning_goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_goal\" ADD CONSTRAINT \"FK_6a4590dafbbe3e67c4355e51835\" FOREIGN KEY (\"owner_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"vital_week\" ADD CONSTRAINT \"FK_144061e2418ee51987f2e186d25\" FOREIGN KEY (\"owner_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"week_goal\" ADD CONSTRAINT \"FK_f583d4def9a22752ca4bab79509\" FOREIGN KEY (\"week_id\") REFERENCES \"vital_week\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"week_goal\" ADD CONSTRAINT \"FK_deb73c8e865e8e13186ec10cebe\" FOREIGN KEY (\"goal_id\") REFERENCES \"learning_goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"week_goal\" DROP CONSTRAINT \"FK_deb73c8e865e8e13186ec10cebe\"");
    await queryRunner.query("ALTER TABLE \"week_goal\" DROP CONSTRAINT \"FK_f583d4def9a22752ca4bab79509\"");
    await queryRunner.query("ALTER TABLE \"vital_week\" DROP CONSTRAINT \"FK_144061e2418ee51987f2e186d25\"");
    await queryRunner.query("ALTER TABLE \"learning_goal\" DROP CONSTRAINT \"FK_6a4590dafbbe3e67c4355e51835\"");
    await queryRunner.query("ALTER TABLE \"goal_milestone\" DROP CONSTRAINT \"FK_09daf8a7ef81b4740619a10a8b1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_week_goal_goal\"");
    await queryRunner.query("DROP TABLE \"week_goal\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_vital_week_owner_week\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_vital_week_org_week\"");
    await queryRunner.query("DROP TABLE \"vital_week\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_learning_goal_owner\"");
    await queryRunner.query("DROP TABLE \"learning_goal\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_goal_milestone_goal\"");
    await queryRunner.query("DROP TABLE \"goal_milestone\"");
  }
}
