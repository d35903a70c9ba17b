import { Client } from 'pg';
import { createTestDatabase } from './support/database';
import { tenantKeyOffences } from './support/tenant-catalogue';

/**
 * The schema can be distributed by organisation (docs/scaling.md): every table with organization_id
 * holds it in its primary key, its unique keys and its foreign keys, and every table without it is
 * named, with a reason, in TABLES_WITHOUT_ORGANIZATION.
 */
describe('keys of a schema distributed by organisation', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('finds organization_id in every key and foreign key of every tenant table after all migrations', async () => {
    expect(await tenantKeyOffences(client)).toEqual([]);
  });

  it('names the table, key or foreign key that lacks it', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`CREATE TABLE loose_note (id uuid PRIMARY KEY, body text)`);
      await client.query(
        `CREATE TABLE goal_note (id uuid PRIMARY KEY, organization_id uuid, goal_id uuid, slug text,
           FOREIGN KEY (organization_id, goal_id) REFERENCES learning_goal (organization_id, id),
           CONSTRAINT goal_note_user FOREIGN KEY (goal_id) REFERENCES goal_note (id))`,
      );
      await client.query(`CREATE UNIQUE INDEX goal_note_slug ON goal_note (lower(slug))`);
      await client.query(`ALTER TABLE sign_in_throttle ADD organization_id uuid NOT NULL`);
      expect(await tenantKeyOffences(client)).toEqual([
        'goal_note: foreign key goal_note_user (goal_id -> id) to goal_note lacks organization_id',
        'goal_note: organization_id may be null',
        'goal_note: unique key goal_note_pkey (id) lacks organization_id',
        'goal_note: unique key goal_note_slug (lower(slug)) lacks organization_id',
        'loose_note: has no organization_id and is not on the list of tables without one',
        'sign_in_throttle: listed without organization_id but has one',
        'sign_in_throttle: unique key PK_f838c82d37e24773fc7984a7649 (key) lacks organization_id',
      ]);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
