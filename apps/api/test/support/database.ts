import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEMPLATE_DATABASE = 'vitaal_test_template';

/** The throwaway server that scripts/with-postgres.mjs (or `pnpm test`) started. */
export function testServerUrl(database = 'postgres'): string {
  const admin = process.env.VITAAL_TEST_PG_URL;
  if (!admin) {
    throw new Error(
      'VITAAL_TEST_PG_URL is not set: run the API tests with `pnpm --filter @vitaal/api test` or `npm test`.',
    );
  }
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `vitaal_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  return {
    url: testServerUrl(name),
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
