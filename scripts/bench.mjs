// `npm run bench`: loads the API over HTTP on the scale database (run `npm run seed:scale` first)
// and prints p50/p95/p99 latency and requests per second per scenario. It measures; it asserts nothing.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort } from './lib/free-port.mjs';
import { root, step } from './lib/run.mjs';
import { sampleWeekSave } from './lib/sample-week.mjs';
import { scaleDatabase } from './lib/scale-database.mjs';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
/** BENCH_ONLY: run only the scenarios whose name contains it (`BENCH_ONLY=saving`). */
const ONLY = process.env.BENCH_ONLY;
// API_DIST lets a separate build of the API be measured side by side with the default one.
const apiDist = process.env.API_DIST ?? path.join(root, 'apps/api/dist');
const { isoWeekKey } = await import(pathToFileURL(path.join(root, 'packages/shared/dist/iso-week.js')).href);

const database = await scaleDatabase();
const db = new pg.Client({ connectionString: database.url });
await db.connect();
const {
  rows: [org],
} = await db.query(`SELECT id FROM organization WHERE name = 'Gemeente Schaalstad'`);
if (!org) {
  console.error('No scale data: run `npm run seed:scale` first.');
  process.exit(1);
}

/** Sessions made directly in the database: the benchmark measures the API, not password hashing. */
async function sessionsFor(where, limit) {
  // Spread over the organisation (a fixed shuffle), as people who happen to save at the same moment are.
  const { rows } = await db.query(
    `SELECT id FROM app_user WHERE organization_id = $1 AND ${where} ORDER BY md5(id::text) LIMIT $2`,
    [org.id, limit],
  );
  const sessions = [];
  for (const { id } of rows) {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO session (token_hash, organization_id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, now() + interval '1 hour')`,
      [createHash('sha256').update(token).digest('hex'), org.id, id, csrf],
    );
    sessions.push({
      userId: id,
      headers: {
        cookie: `vitaal_session=${token}; vitaal_csrf=${csrf}`,
        'x-csrf-token': csrf,
        'content-type': 'application/json',
      },
    });
  }
  return sessions;
}

const [lno] = await sessionsFor(`'lno' = ANY(roles)`, 1);
const [manager] = await sessionsFor(`id IN (SELECT user_id FROM team_membership WHERE role = 'manager')`, 1);
const professionals = await sessionsFor(
  `roles = '{}' AND id IN (SELECT user_id FROM team_membership WHERE role = 'member')`,
  50,
);
const {
  rows: [team],
} = await db.query(`SELECT team_id FROM team_membership WHERE user_id = $1 AND role = 'manager'`, [manager.userId]);
const week = isoWeekKey(new Date(), 'Europe/Amsterdam');

const port = await freePort();
step(`Starting the API on port ${port} against the scale database`);
const app = spawn(process.execPath, [path.join(apiDist, 'main.js')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    LOG_LEVEL: 'error',
    BACKGROUND_JOBS: 'false',
    NODE_ENV: 'production',
    COOKIE_SECURE: 'false',
    // Fifty people saving flat out are far over the write limit: still counted (that costs a statement), never refused.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
  },
});
const base = `http://127.0.0.1:${port}/api/v1`;
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/health/ready`).catch(() => null))?.ok) break;
  if (i > 100) throw new Error('The API did not become ready');
  await new Promise((r) => setTimeout(r, 200));
}

/** `connections` loops, each sending its next request as soon as the previous answered, for DURATION_MS. */
async function load(name, connections, next) {
  if (ONLY && !name.includes(ONLY)) return null;
  const latencies = [];
  let failures = 0;
  const until = Date.now() + DURATION_MS;
  await Promise.all(
    Array.from({ length: connections }, async (_, connection) => {
      const state = {};
      while (Date.now() < until) {
        const { url, init } = await next(connection, state);
        const started = performance.now();
        const res = await fetch(url, init);
        const body = await res.text();
        latencies.push(performance.now() - started);
        if (!res.ok) failures++;
        else state.last = body;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  return {
    scenario: name,
    connections,
    requests: latencies.length,
    'req/s': (latencies.length / (DURATION_MS / 1000)).toFixed(0),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: failures,
  };
}

const get = (session, url) => () => ({ url, init: { headers: session.headers } });
const results = [];
step(`Measuring, ${DURATION_MS / 1000} s per scenario`);
results.push(
  await load('team dashboard (12 weeks)', 50, get(manager, `${base}/insights/teams/${team.team_id}?weeks=12`)),
);
results.push(
  await load('organisation overview (12 weeks, 500 teams)', 10, get(lno, `${base}/insights/organization?weeks=12`)),
);
results.push(
  await load('saving a week', 50, async (connection, state) => {
    const session = professionals[connection];
    // Each connection is one person saving their own week on the version it last saw.
    state.version ??= (await (await fetch(`${base}/weeks/${week}`, { headers: session.headers })).json()).version;
    if (state.last) state.version = JSON.parse(state.last).version;
    // Planned hours alternate, so every save changes the team's figures and their upkeep is measured too.
    const body = sampleWeekSave(state.version, 'Benchmark', 2 + (state.version % 2));
    return {
      url: `${base}/weeks/${week}`,
      init: { method: 'PUT', headers: session.headers, body: JSON.stringify(body) },
    };
  }),
);
results.push(
  await load('listing my weeks (12)', 50, (connection) => get(professionals[connection], `${base}/weeks`)()),
);
// The floor under every scenario: HTTP, the framework and the session lookup, with no work of its own.
results.push(
  await load('reference: health, signed in', 50, (connection) => get(professionals[connection], `${base}/health`)()),
);

console.log('\nLatency in milliseconds');
console.table(results.filter(Boolean));
app.kill('SIGTERM');
await new Promise((r) => app.once('exit', r));
await db.query(`DELETE FROM session WHERE organization_id = $1`, [org.id]);
await db.end();
await database.stop();
