// Runs a command with VITAAL_TEST_PG_URL pointing at a throwaway PostgreSQL: the one the
// caller already started, or a new one that is removed again when the command ends.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from './lib/postgres.mjs';
import { run } from './lib/run.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres.mjs <command> [args…]');
  process.exit(2);
}

let server;
if (!process.env.VITAAL_TEST_PG_URL) {
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'vitaal-test-pg-')), 'data');
  server = await startPostgres({ dataDir, throwaway: true });
  process.env.VITAAL_TEST_PG_URL = server.url;
}
// A throwaway server must not outlive the command, however it ends.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void server?.stop().then(() => process.exit(130)));
const code = await run(command, args, { cwd: process.cwd() });
await server?.stop();
process.exit(code);
