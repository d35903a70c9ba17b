import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningTimeAndNotifications1795438939935 implements MigrationInterface {
  name = 'LearningTimeAndNotifications1795438939935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"learning_time_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"requester_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"week_key\" text NOT NULL, \"date\" date, \"hours\" numeric(4,1) NOT NULL, \"form\" text NOT NULL, \"purpose\" text NOT NULL, \"goal_id\" uuid, \"status\" text NOT NULL DEFAULT 'pending', \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_comment\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_08e406714e082a08e7e4b4a1168\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ltr_team_status\" ON \"learning_time_request\"  (\"organization_id\", \"team_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ltr_requester_week\" ON \"learning_time_request\"  (\"organization_id\", \"requester_id\", \"week_key\") ");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"data\" jsonb NOT NULL DEFAULT '{}', \"read_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_notification_user_time\" ON \"notification\"  (\"organization_id\", \"user_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"learning_time_request\" ADD CONSTRAINT \"FK_4fc5431e747a2e2b01707a8172d\" FOREIGN KEY (\"requester_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_time_request\" ADD CONSTRAINT \"FK_33aaf2d9812f6a43b4a5f7ad4c2\" FOREIGN KEY (\"team_id\") REFERENCES \"team\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_time_request\" ADD CONSTRAINT \"FK_6195adcf56074970c11b4e8f9d0\" FOREIGN KEY (\"goal_id\") REFERENCES \"learning_goal\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"FK_928b7aa1754e08e1ed7052cb9d8\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"FK_928b7aa1754e08e1ed7052cb9d8\"");
    await queryRunner.query("ALTER TABLE \"learning_time_request\" DROP CONSTRAINT \"FK_6195adcf56074970c11b4e8f9d0\"");
    await queryRunner.query("ALTER TABLE \"learning_time_request\" DROP CONSTRAINT \"FK_33aaf2d9812f6a43b4a5f7ad4c2\"");
    await queryRunner.query("ALTER TABLE \"learning_time_request\" DROP CONSTRAINT \"FK_4fc5431e747a2e2b01707a8172d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_notification_user_time\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ltr_requester_week\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ltr_team_status\"");
    await queryRunner.query("DROP TABLE \"learning_time_request\"");
  }
}
