// The app as the browser tests see it: the built API and web app on a fresh database of
// the throwaway PostgreSQL (VITAAL_TEST_PG_URL).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureDatabase } from './lib/postgres.mjs';
import { root } from './lib/run.mjs';

const admin = process.env.VITAAL_TEST_PG_URL;
if (!admin) {
  console.error(
    'VITAAL_TEST_PG_URL is not set: run the browser tests through `npm test` or scripts/with-postgres.mjs.',
  );
  process.exit(2);
}
const database = `vitaal_e2e_${Date.now()}`;
const url = await ensureDatabase(admin, database);
// API_DIST lets a separate build of the API be tested side by side with the default one.
const apiDist = process.env.API_DIST ?? path.join(root, 'apps/api/dist');
const app = spawn(process.execPath, [path.join(apiDist, 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  // Every browser test signs up from this one address, and quickly: the rate limits must not get in the way.
  env: {
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: 'test',
    DEMO_DATA: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
});
const stop = () => app.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
app.on('exit', (code) => process.exit(code ?? 0));
