import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose key was `id` alone: [table, key before, key now (organization_id, id)]. */
const KEYED_BY_ID = [
  ['app_user', 'PK_22a5c4a3d9b2fb8e4e73fc4ada1', 'PK_baf91babb33fa4711e9ea258e67'],
  ['audit_event', 'PK_481efbe8b0a403efe3f47a6528f', 'PK_e35e3d957cb347be88662967c00'],
  ['goal_milestone', 'PK_e0e21dcbd581fad02b78b3de9a8', 'PK_6078dddbb7cde6c857326374f85'],
  ['invitation', 'PK_beb994737756c0f18a1c1f8669c', 'PK_d10019d2dca87de9f94f4680e36'],
  ['invitation_link', 'PK_63004f50fe26217b1321888c574', 'PK_41ff30aad53c9ed2a0d5e308dc1'],
  ['learning_goal', 'PK_f5f20b52138b588ae41da480b36', 'PK_935cdd0310523d965e09079beea'],
  ['learning_time_request', 'PK_08e406714e082a08e7e4b4a1168', 'PK_24310981edc753918dc284d4048'],
  ['notification', 'PK_705b6c7cdf9b2c2ff7ac7872cb7', 'PK_18160cda53c3f2373daed1397c4'],
  ['shared_learning', 'PK_9891763609fdce608ed4a378074', 'PK_37f870c7d182759c04513241ce5'],
  ['shared_learning_comment', 'PK_139c5d5e18b21d5fad1df48cf03', 'PK_50ab40e30b3b1ba88f73cfa9878'],
  ['team', 'PK_f57d8293406df4af348402e4b74', 'PK_558dc7813718b23d048649c89ea'],
  ['team_session', 'PK_d17074aeea74dfaecc275890af0', 'PK_7b407dd60b42c9a5de4bec69b37'],
  ['vital_week', 'PK_7ec46c4954127057705fabf618f', 'PK_8415c780f57b8b63363b2abeec8'],
] as const;

/**
 * Every reference from one tenant row to another: [table, column, referenced table, key before, key now,
 * on delete]. Now (organization_id, column) refers to (organization_id, id).
 */
const REFERENCES: [string, string, string, string, string, 'SET NULL'?][] = [
  ['session', 'user_id', 'app_user', 'FK_30e98e8746699fb9af235410aff', 'FK_edbd4f11fa25817bc983713acfe'],
  ['team_membership', 'team_id', 'team', 'FK_91c8aa3bf9a3a7a3918fcea43a0', 'FK_dcf318b1e89909183230be7f4c3'],
  ['team_membership', 'user_id', 'app_user', 'FK_59a1695bd2bff4ea225cc211dac', 'FK_530184b0273bf4bb8bd9c1400bc'],
  ['goal_milestone', 'goal_id', 'learning_goal', 'FK_09daf8a7ef81b4740619a10a8b1', 'FK_f9762f0e4d12d749da752507e82'],
  ['learning_goal', 'owner_id', 'app_user', 'FK_6a4590dafbbe3e67c4355e51835', 'FK_3c611610dc70edf28b1904ea99f'],
  ['vital_week', 'owner_id', 'app_user', 'FK_144061e2418ee51987f2e186d25', 'FK_72d3abb7090e68f609c8881baad'],
  ['week_goal', 'goal_id', 'learning_goal', 'FK_deb73c8e865e8e13186ec10cebe', 'FK_471ef447382e6098dd516f69149'],
  ['week_goal', 'week_id', 'vital_week', 'FK_f583d4def9a22752ca4bab79509', 'FK_8b03a66381601d23a6363f84b3c'],
  [
    'learning_time_request',
    'goal_id',
    'learning_goal',
    'FK_6195adcf56074970c11b4e8f9d0',
    'FK_d99c48ad2669333fb80cb97f3fc',
    'SET NULL',
  ],
  [
    'learning_time_request',
    'requester_id',
    'app_user',
    'FK_4fc5431e747a2e2b01707a8172d',
    'FK_93141b2d74ac6198905bf8c77ce',
  ],
  ['learning_time_request', 'team_id', 'team', 'FK_33aaf2d9812f6a43b4a5f7ad4c2', 'FK_a93bdeec314ea96d7593bf250e3'],
  ['notification', 'user_id', 'app_user', 'FK_928b7aa1754e08e1ed7052cb9d8', 'FK_e14518bf64fa97a9f3ad3331c7d'],
  ['shared_learning', 'author_id', 'app_user', 'FK_b988cd331f1f3ab89c6bc3db085', 'FK_7353bc2452ef155ad4f40d0cbed'],
  ['shared_learning', 'team_id', 'team', 'FK_99653a74155e2990dc59ec1fce2', 'FK_cf04b6b9a0649d536e08f82e0f4'],
  [
    'shared_learning_comment',
    'author_id',
    'app_user',
    'FK_81849174ae95059c9322d377c4b',
    'FK_29e6cc4639bb41063da6b91be89',
  ],
  [
    'shared_learning_comment',
    'learning_id',
    'shared_learning',
    'FK_83e2ccbdec53efcb5bc9491657b',
    'FK_24f25050c0268da16177da7ce40',
  ],
  [
    'shared_learning_reaction',
    'learning_id',
    'shared_learning',
    'FK_56a87a876e7e0aab96952f99b98',
    'FK_cb06a8aa68fbe9e7914e327d8c9',
  ],
  ['team_session', 'team_id', 'team', 'FK_8c3157d1df2e1beb09f0f0554d6', 'FK_77aa12764ebbce2d786eeb034e4'],
  [
    'team_session_attendee',
    'session_id',
    'team_session',
    'FK_609afe9f6f5615ee995ad92a8ee',
    'FK_633f924875b8238694b5b8318c7',
  ],
  ['team_session_attendee', 'user_id', 'app_user', 'FK_485b1bf2443a2a5c687dced728d', 'FK_7fd798f19a9a41bf80e250e6d22'],
  ['team_session_goal', 'goal_id', 'learning_goal', 'FK_4608eb7c91449a64a816e1f232d', 'FK_e38c037af1e636d35ec98b04960'],
  [
    'team_session_goal',
    'session_id',
    'team_session',
    'FK_4fc4940b674dcb40e2db9b3c493',
    'FK_9e0d6959e3e0166319ba9f25223',
  ],
  ['team_week_summary', 'team_id', 'team', 'FK_ca5a7723b6ef4db75cb4a564802', 'FK_692281f57770d2070be2e7e31a9'],
  ['erasure_request', 'user_id', 'app_user', 'FK_3a0bc04bc17809d36b7ac9f7649', 'FK_aebf0fe770e9e65f40eb7b324b3'],
  ['contract_hours_history', 'user_id', 'app_user', 'FK_6265b2a1b9799995d4fd24f6459', 'FK_3fda572bf7fd97440db00f23672'],
  [
    'invitation_link',
    'invitation_id',
    'invitation',
    'FK_6970ac76def59ea66c97648b79d',
    'FK_1aa04fe275fce01e6c65fc71424',
  ],
];

/** The trigger functions that locked a person by id alone, as they were before. */
const LOCK_MEMBER = (person: string) => `
  CREATE OR REPLACE FUNCTION team_week_summary_lock_member() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM 1 FROM app_user WHERE ${person} ORDER BY id FOR UPDATE;
    RETURN coalesce(NEW, OLD);
  END $$`;
const ON_PERSON = (person: string) => `
  CREATE OR REPLACE FUNCTION team_week_summary_on_person() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE
    person app_user := coalesce(NEW, OLD);
  BEGIN
    PERFORM 1 FROM app_user WHERE ${person} FOR UPDATE;
    PERFORM team_week_summary_add_person(person.organization_id, person.id,
      ARRAY(SELECT team_id FROM team_membership WHERE organization_id = person.organization_id AND user_id = person.id),
      CASE WHEN TG_OP = 'UPDATE' AND NEW.active THEN 1 ELSE -1 END);
    RETURN person;
  END $$`;

/**
 * Every key of a tenant table holds organization_id, so the tables can be distributed by it (Citus,
 * docs/scaling.md): a primary key of (organization_id, id), unique keys that start with it, and foreign
 * keys of (organization_id, column). The rows stay as they are. A reference whose two rows belong to
 * different organisations would be a fault: the migration then stops at that foreign key.
 *
 * Sign-in attempts for an address nobody has were kept without an organisation; no organisation could
 * read them, and a distributed table has no place for them. They go: the sign-in throttle counts such
 * attempts on its own.
 *
 * The summary triggers that locked a person by id alone now name the organisation too, so on a
 * distributed database the lock goes to the one node that holds the person.
 */
export class TenantKeys1795600800000 implements MigrationInterface {
  name = 'TenantKeys1795600800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_event" WHERE "organization_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "organization_id" SET NOT NULL`);

    for (const [table, , , before] of REFERENCES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${before}"`);
    }
    for (const [table, before, now] of KEYED_BY_ID) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${before}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${now}" PRIMARY KEY ("organization_id", "id")`);
    }
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "PK_a83507eb0338ac037780e02f2b9"`);
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "PK_01aa1126025667c22a6b5d6d704" PRIMARY KEY ("organization_id", "token_hash")`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_calendar_token"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_app_user_calendar_token" ON "app_user" ("organization_id", "calendar_token_hash")`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_link_token"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_invitation_link_token" ON "invitation_link" ("organization_id", "token_hash")`,
    );
    for (const [table, column, referenced, , now, onDelete] of REFERENCES) {
      // A request whose goal goes keeps its organisation: only the goal link is cleared.
      const action = onDelete ? `SET NULL ("${column}")` : 'CASCADE';
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${now}" FOREIGN KEY ("organization_id", "${column}")
         REFERENCES "${referenced}"("organization_id", "id") ON DELETE ${action} ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      LOCK_MEMBER(
        `organization_id = coalesce(NEW.organization_id, OLD.organization_id) AND id IN (OLD.user_id, NEW.user_id)`,
      ),
    );
    await queryRunner.query(ON_PERSON(`organization_id = person.organization_id AND id = person.id`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ON_PERSON(`id = person.id`));
    await queryRunner.query(LOCK_MEMBER(`id IN (OLD.user_id, NEW.user_id)`));
    for (const [table, , , , now] of REFERENCES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${now}"`);
    }
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_link_token"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_link_token" ON "invitation_link" ("token_hash")`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_calendar_token"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_calendar_token" ON "app_user" ("calendar_token_hash")`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "PK_01aa1126025667c22a6b5d6d704"`);
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash")`,
    );
    for (const [table, before, now] of KEYED_BY_ID) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${now}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${before}" PRIMARY KEY ("id")`);
    }
    for (const [table, column, referenced, before, , onDelete] of REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${before}" FOREIGN KEY ("${column}")
         REFERENCES "${referenced}"("id") ON DELETE ${onDelete ?? 'CASCADE'} ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "organization_id" DROP NOT NULL`);
  }
}
