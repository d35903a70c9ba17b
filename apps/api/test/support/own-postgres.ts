import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PostgresServer } from '../../../../scripts/lib/postgres.mjs';

export type { PostgresServer };

/**
 * A PostgreSQL server of the test's own, for tests that stop or break it: the shared test server
 * must keep serving the other test files. Removed again by `stop()`.
 */
export async function startOwnPostgres(): Promise<PostgresServer & { databaseUrl: string }> {
  const { startPostgres, ensureDatabase } = await import('../../../../scripts/lib/postgres.mjs');
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'vitaal-own-pg-')), 'data');
  const server = await startPostgres({ dataDir, throwaway: true });
  return Object.assign(server, { databaseUrl: await ensureDatabase(server.url, 'vitaal') });
}
