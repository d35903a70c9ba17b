// The database the scale seeder fills and the benchmark reads: DATABASE_URL when set, otherwise
// an embedded PostgreSQL in .data/scale (kept apart from the start command's data).
import path from 'node:path';
import { ensureDatabase, startPostgres } from './postgres.mjs';
import { root } from './run.mjs';

export async function scaleDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const server = await startPostgres({ dataDir: path.join(root, '.data', 'scale', 'postgres') });
  return { url: await ensureDatabase(server.url, 'vitaal_scale'), stop: server.stop };
}
