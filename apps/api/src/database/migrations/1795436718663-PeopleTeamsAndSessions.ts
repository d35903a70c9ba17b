import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleTeamsAndSessions1795436718663 implements MigrationInterface {
  name = 'PeopleTeamsAndSessions1795436718663';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid, \"actor_id\" uuid, \"action\" text NOT NULL, \"target_type\" text, \"target_id\" uuid, \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_audit_event_org_time\" ON \"audit_event\"  (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text NOT NULL, \"contract_hours\" numeric(4,1) NOT NULL DEFAULT '36', \"locale\" text NOT NULL DEFAULT 'nl', \"roles\" text array NOT NULL DEFAULT '{}', \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"IDX_app_user_org\" ON \"app_user\"  (\"organization_id\", \"display_name\") ");
    await queryRunner.query("CREATE TABLE \"session\" (\"token_hash\" text NOT NULL, \"organization_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"csrf_token\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_a83507eb0338ac037780e02f2b9\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"IDX_session_user\" ON \"session\"  (\"organization_id\", \"user_id\") ");
    await queryRunner.query("CREATE TABLE \"sign_in_throttle\" (\"key\" text NOT NULL, \"failures\" integer NOT NULL DEFAULT '0', \"window_started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"locked_until\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_f838c82d37e24773fc7984a7649\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE TABLE \"invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"email\" text NOT NULL, \"roles\" text array NOT NULL DEFAULT '{}', \"team_ids\" uuid array NOT NULL DEFAULT '{}', \"token_hash\" text NOT NULL, \"invited_by\" uuid NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_beb994737756c0f18a1c1f8669c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_invitation_token\" ON \"invitation\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_invitation_org\" ON \"invitation\"  (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"team\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"name\" text NOT NULL, \"archived_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f57d8293406df4af348402e4b74\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_team_org_name\" ON \"team\"  (\"organization_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"team_membership\" (\"organization_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" text NOT NULL DEFAULT 'member', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_316317e96b3a3723572f12fb06d\" PRIMARY KEY (\"organization_id\", \"team_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_team_membership_user\" ON \"team_membership\"  (\"organization_id\", \"user_id\") ");
    await queryRunner.query("ALTER TABLE \"organization\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"FK_c4c90a083fb10c1386782b5aac5\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_30e98e8746699fb9af235410aff\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_de7c148c7834d738ac7113f3dd8\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team\" ADD CONSTRAINT \"FK_b71618cf6c9cf1d30ff71b0320a\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_membership\" ADD CONSTRAINT \"FK_91c8aa3bf9a3a7a3918fcea43a0\" FOREIGN KEY (\"team_id\") REFERENCES \"team\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_membership\" ADD CONSTRAINT \"FK_59a1695bd2bff4ea225cc211dac\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"team_membership\" DROP CONSTRAINT \"FK_59a1695bd2bff4ea225cc211dac\"");
    await queryRunner.query("ALTER TABLE \"team_membership\" DROP CONSTRAINT \"FK_91c8aa3bf9a3a7a3918fcea43a0\"");
    await queryRunner.query("ALTER TABLE \"team\" DROP CONSTRAINT \"FK_b71618cf6c9cf1d30ff71b0320a\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_de7c148c7834d738ac7113f3dd8\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_30e98e8746699fb9af235410aff\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"FK_c4c90a083fb10c1386782b5aac5\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP COLUMN \"version\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_team_membership_user\"");
    await queryRunner.query("DROP TABLE \"team_membership\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_team_org_name\"");
    await queryRunner.query("DROP TABLE \"team\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_invitation_org\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_invitation_token\"");
    await queryRunner.query("DROP TABLE \"invitation\"");
    await queryRunner.query("DROP TABLE \"sign_in_throttle\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_session_user\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_app_user_org\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_app_user_email\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_event_org_time\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
  }
}
