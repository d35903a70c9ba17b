import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamLearning1795439628429 implements MigrationInterface {
  name = 'TeamLearning1795439628429';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"shared_learning\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"from_week\" text, \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_9891763609fdce608ed4a378074\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_shared_learning_team_time\" ON \"shared_learning\"  (\"organization_id\", \"team_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"shared_learning_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"learning_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_139c5d5e18b21d5fad1df48cf03\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_shared_learning_comment_learning\" ON \"shared_learning_comment\"  (\"organization_id\", \"learning_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"shared_learning_reaction\" (\"organization_id\" uuid NOT NULL, \"learning_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5b0c6e2e4031b4c3d7c0b0422c5\" PRIMARY KEY (\"organization_id\", \"learning_id\", \"user_id\", \"kind\"))");
    await queryRunner.query("CREATE TABLE \"team_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"title\" text NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"duration_minutes\" integer NOT NULL, \"facilitator_id\" uuid, \"agenda\" text NOT NULL DEFAULT '', \"outcomes\" text NOT NULL DEFAULT '', \"agreements\" text NOT NULL DEFAULT '', \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_d17074aeea74dfaecc275890af0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_team_session_team_time\" ON \"team_session\"  (\"organization_id\", \"team_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"team_session_attendee\" (\"organization_id\" uuid NOT NULL, \"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"hours_carried_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_66406c669094bf7f49394082dd7\" PRIMARY KEY (\"organization_id\", \"session_id\", \"user_id\"))");
    await queryRunner.query("CREATE TABLE \"team_session_goal\" (\"organization_id\" uuid NOT NULL, \"session_id\" uuid NOT NULL, \"goal_id\" uuid NOT NULL, CONSTRAINT \"PK_17441e39fe6aa9f3db3a9b951b9\" PRIMARY KEY (\"organization_id\", \"session_id\", \"goal_id\"))");
    await queryRunner.query("ALTER TABLE \"shared_learning\" ADD CONSTRAINT \"FK_99653a74155e2990dc59ec1fce2\" FOREIGN KEY (\"team_id\") REFERENCES \"team\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"shared_learning\" ADD CONSTRAINT \"FK_b988cd331f1f3ab89c6bc3db085\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"shared_learning_comment\" ADD CONSTRAINT \"FK_83e2ccbdec53efcb5bc9491657b\" FOREIGN KEY (\"learning_id\") REFERENCES \"shared_learning\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"shared_learning_comment\" ADD CONSTRAINT \"FK_81849174ae95059c9322d377c4b\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"shared_learning_reaction\" ADD CONSTRAINT \"FK_56a87a876e7e0aab96952f99b98\" FOREIGN KEY (\"learning_id\") REFERENCES \"shared_learning\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_session\" ADD CONSTRAINT \"FK_8c3157d1df2e1beb09f0f0554d6\" FOREIGN KEY (\"team_id\") REFERENCES \"team\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_session_attendee\" ADD CONSTRAINT \"FK_609afe9f6f5615ee995ad92a8ee\" FOREIGN KEY (\"session_id\") REFERENCES \"team_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_session_attendee\" ADD CONSTRAINT \"FK_485b1bf2443a2a5c687dced728d\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_session_goal\" ADD CONSTRAINT \"FK_4fc4940b674dcb40e2db9b3c493\" FOREIGN KEY (\"session_id\") REFERENCES \"team_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_session_goal\" ADD CONSTRAINT \"FK_4608eb7c91449a64a816e1f232d\" FOREIGN KEY (\"goal_id\") REFERENCES \"learning_goal\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"team_session_goal\" DROP CONSTRAINT \"FK_4608eb7c91449a64a816e1f232d\"");
    await queryRunner.query("ALTER TABLE \"team_session_goal\" DROP CONSTRAINT \"FK_4fc4940b674dcb40e2db9b3c493\"");
    await queryRunner.query("ALTER TABLE \"team_session_attendee\" DROP CONSTRAINT \"FK_485b1bf2443a2a5c687dced728d\"");
    await queryRunner.query("ALTER TABLE \"team_session_attendee\" DROP CONSTRAINT \"FK_609afe9f6f5615ee995ad92a8ee\"");
    await queryRunner.query("ALTER TABLE \"team_session\" DROP CONSTRAINT \"FK_8c3157d1df2e1beb09f0f0554d6\"");
    await queryRunner.query("ALTER TABLE \"shared_learning_reaction\" DROP CONSTRAINT \"FK_56a87a876e7e0aab96952f99b98\"");
    await queryRunner.query("ALTER TABLE \"shared_learning_comment\" DROP CONSTRAINT \"FK_81849174ae95059c9322d377c4b\"");
    await queryRunner.query("ALTER TABLE \"shared_learning_comment\" DROP CONSTRAINT \"FK_83e2ccbdec53efcb5bc9491657b\"");
    await queryRunner.query("ALTER TABLE \"shared_learning\" DROP CONSTRAINT \"FK_b988cd331f1f3ab89c6bc3db085\"");
    await queryRunner.query("ALTER TABLE \"shared_learning\" DROP CONSTRAINT \"FK_99653a74155e2990dc59ec1fce2\"");
    await queryRunner.query("DROP TABLE \"team_session_goal\"");
    await queryRunner.query("DROP TABLE \"team_session_attendee\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_team_session_team_time\"");
    await queryRunner.query("DROP TABLE \"team_session\"");
    await queryRunner.query("DROP TABLE \"shared_learning_reaction\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_shared_learning_comment_learning\"");
    await queryRunner.query("DROP TABLE \"shared_learning_comment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_shared_learning_team_time\"");
    await queryRunner.query("DROP TABLE \"shared_learning\"");
  }
}
