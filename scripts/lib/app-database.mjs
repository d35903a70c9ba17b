// The database the start and dev commands use: DATABASE_URL when set, otherwise an embedded
// PostgreSQL whose data lives in .data/ of the checkout and survives restarts.
import path from 'node:path';
import { root, seconds, step } from './run.mjs';

export async function appDatabase() {
  if (process.env.DATABASE_URL) {
    step('Using the database at DATABASE_URL');
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const started = Date.now();
  step('Starting the embedded PostgreSQL (data in .data/postgres)');
  // Imported late: the start command installs the packages it needs first.
  const { ensureDatabase, startPostgres } = await import('./postgres.mjs');
  const server = await startPostgres({ dataDir: path.join(root, '.data', 'postgres') });
  const url = await ensureDatabase(server.url, 'vitaal');
  console.log(`  ready on port ${server.port} in ${seconds(started)}`);
  return { url, stop: server.stop };
}
