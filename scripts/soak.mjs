// `npm run soak`: a few hundred simulated people use the real app for SOAK_SECONDS while its PostgreSQL
// is restarted halfway. Prints the answers by status, the errors, how long the app took to serve again
// after the database returned, and whether every acknowledged write is in the database. It builds
// nothing (run `npm run build` first) and is not a test, but it exits with 1 when a write that was
// acknowledged is missing, when anything answered 500, when the API process died or never recovered.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ensureDatabase, freePort, startPostgres } from './lib/postgres.mjs';
import { root, step } from './lib/run.mjs';
import { sampleWeekSave } from './lib/sample-week.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const PEOPLE = Number(process.env.SOAK_PEOPLE ?? 300);
/** How long PostgreSQL stays down in the middle of the run. */
const DOWN_SECONDS = Number(process.env.SOAK_DOWN_SECONDS ?? 3);
const TEAM_SIZE = 20;
const PASSWORD = 'soak-password-2026';
/** A person waits between 0.2 and 1 s between two things they do. */
const THINK_MS = [200, 1_000];

const apiDist = path.join(root, 'apps/api/dist');
if (!existsSync(path.join(apiDist, 'main.js'))) {
  console.error('No build of the API in apps/api/dist: run `npm run build` first.');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const { hashPassword } = require(path.join(apiDist, 'auth/passwords.js'));
const { isoWeekKey } = await import(pathToFileURL(path.join(root, 'packages/shared/dist/iso-week.js')).href);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

step('Starting PostgreSQL and the API');
const server = await startPostgres({
  dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'vitaal-soak-')), 'data'),
  throwaway: true,
});
const databaseUrl = await ensureDatabase(server.url, 'vitaal');
const appLog = path.join(mkdtempSync(path.join(os.tmpdir(), 'vitaal-soak-log-')), 'api.log');
const port = await freePort();
const logFile = openSync(appLog, 'a');
const app = spawn(process.execPath, [path.join(apiDist, 'main.js')], {
  cwd: root,
  stdio: ['ignore', logFile, logFile],
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: 'production',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
    // Hundreds of people behind one address: the limits per address would refuse most of them.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
  },
});
let appExit = null;
app.on('exit', (code, signal) => (appExit = signal ?? code));
const stopAll = async () => {
  if (appExit === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await server.stop();
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.error(error);
    void stopAll().then(() => process.exit(1));
  });
}

/** A connection of the script's own, only for as long as `work` needs it: it must not be open across the restart. */
async function withDatabase(work) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

const base = `http://127.0.0.1:${port}/api/v1`;
for (let i = 0; !(await fetch(`${base}/health/ready`).catch(() => null))?.ok; i++) {
  if (i > 150 || appExit !== null) throw new Error(`The API did not become ready; see ${appLog}`);
  await sleep(200);
}

step(`Signing up an organisation with ${PEOPLE} people in teams of ${TEAM_SIZE}`);
const signup = await fetch(`${base}/auth/signup`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    organizationName: 'Gemeente Duurstad',
    displayName: 'Beheerder',
    email: 'beheer@duurstad.example',
    password: PASSWORD,
    locale: 'nl',
  }),
});
if (signup.status !== 201) throw new Error(`Sign-up answered ${signup.status}: ${await signup.text()}`);
// The people directly in the database, for speed; they sign in through the API like anyone else.
const { org, people } = await withDatabase(async (db) => {
  const {
    rows: [org],
  } = await db.query(`SELECT id, timezone FROM organization`);
  await db.query(
    `INSERT INTO team (organization_id, name) SELECT $1, 'Team ' || lpad(i::text, 2, '0') FROM generate_series(1, $2) i`,
    [org.id, Math.ceil(PEOPLE / TEAM_SIZE)],
  );
  await db.query(
    `INSERT INTO app_user (organization_id, email, display_name, password_hash, roles)
   SELECT $1, 'person' || i || '@duurstad.example', 'Persoon ' || i, $2, ARRAY[]::text[] FROM generate_series(1, $3) i`,
    [org.id, await hashPassword(PASSWORD), PEOPLE],
  );
  // Person n is in team ceil(n / TEAM_SIZE); the first of each team manages it.
  const { rows: people } = await db.query(
    `WITH numbered AS (
     SELECT id, substring(email from 'person(\\d+)@')::int AS n FROM app_user WHERE organization_id = $1 AND email LIKE 'person%'
   ), teams AS (SELECT id, row_number() OVER (ORDER BY name) AS k FROM team WHERE organization_id = $1)
   INSERT INTO team_membership (organization_id, team_id, user_id, role)
   SELECT $1, t.id, u.id, CASE WHEN (u.n - 1) % $2 = 0 THEN 'manager' ELSE 'member' END
     FROM numbered u JOIN teams t ON t.k = (u.n - 1) / $2 + 1
   RETURNING user_id AS "userId", team_id AS "teamId", role, (SELECT email FROM app_user WHERE id = user_id) AS email`,
    [org.id, TEAM_SIZE],
  );
  return { org, people };
});
const week = isoWeekKey(new Date(), org.timezone);

/** Every answer: what was asked, when, and how it ended (an HTTP status, 'network error' or 'timeout'). */
const answers = [];
const acknowledged = { weeks: new Map(), requests: [] };

async function call(person, kind, method, url, body) {
  const started = Date.now();
  let status;
  let json = null;
  try {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(person.cookie && { cookie: person.cookie, 'x-csrf-token': person.csrf }),
      },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    status = res.status;
    const text = await res.text();
    json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
    if (kind === 'sign in' && res.ok) {
      const cookies = Object.fromEntries(res.headers.getSetCookie().map((c) => c.split(';')[0].split('=')));
      person.cookie = `vitaal_session=${cookies.vitaal_session}; vitaal_csrf=${cookies.vitaal_csrf}`;
      person.csrf = cookies.vitaal_csrf;
    }
  } catch (error) {
    status = error.name === 'TimeoutError' ? 'timeout' : 'network error';
  }
  answers.push({ kind, status, code: json?.code, started, finished: Date.now() });
  return { status, body: json };
}

async function saveWeek(person) {
  if (person.weekVersion === undefined) {
    const read = await call(person, 'read week', 'GET', `/weeks/${week}`);
    if (read.status !== 200) return;
    person.weekVersion = read.body.version;
  }
  const intentions = `Soak ${person.email} #${++person.saves}`;
  const saved = await call(
    person,
    'save week',
    'PUT',
    `/weeks/${week}`,
    sampleWeekSave(person.weekVersion, intentions),
  );
  if (saved.status === 200) {
    person.weekVersion = saved.body.version;
    acknowledged.weeks.set(person.userId, { version: saved.body.version, intentions });
  } else {
    person.weekVersion = undefined; // after a 409, or a 503 that may have committed: read the version again
  }
}

async function requestLearningTime(person) {
  const body = { teamId: person.teamId, week, hours: 1, form: 'course', purpose: 'Soak' };
  const created = await call(person, 'request learning time', 'POST', '/learning-time/requests', body);
  if (created.status === 201) acknowledged.requests.push(created.body.id);
}

const readDashboard = (person) =>
  person.role === 'manager'
    ? call(person, 'team dashboard', 'GET', `/insights/teams/${person.teamId}?weeks=12`)
    : call(person, 'my overview', 'GET', '/me/overview');

async function live(person, until) {
  await sleep(Math.random() * 5_000); // not everyone starts in the same second
  while (Date.now() < until) {
    const dice = Math.random();
    if (!person.cookie || dice < 0.02)
      await call(person, 'sign in', 'POST', '/auth/login', { email: person.email, password: PASSWORD });
    else if (dice < 0.4) await saveWeek(person);
    else if (dice < 0.85) await readDashboard(person);
    else await requestLearningTime(person);
    if (answers.at(-1)?.status === 401) person.cookie = null;
    await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
  }
}

step(`Running for ${SECONDS} s; PostgreSQL restarts after ${SECONDS / 2} s and stays down ${DOWN_SECONDS} s`);
const startedAt = Date.now();
const until = startedAt + SECONDS * 1000;
const outage = {};
const restart = (async () => {
  await sleep((SECONDS * 1000) / 2);
  outage.down = Date.now();
  await server.restart(() => sleep(DOWN_SECONDS * 1000));
  outage.back = Date.now();
})();
await Promise.all([restart, ...people.map((person) => live({ ...person, saves: 0 }, until))]);

step('Results');
const ok = (status) => typeof status === 'number' && status < 400;
const byKind = {};
for (const { kind, status } of answers) {
  byKind[kind] ??= {};
  byKind[kind][status] = (byKind[kind][status] ?? 0) + 1;
}
console.log(`Answers by status (${answers.length} requests in ${seconds(Date.now() - startedAt)}):`);
console.table(byKind);

const failures = answers.filter((a) => !ok(a.status) && ![401, 409].includes(a.status));
const outsideOutage = failures.filter((a) => a.finished < outage.down || a.started > outage.back + 10_000);
const serverErrors = answers.filter((a) => typeof a.status !== 'number' || (a.status >= 500 && a.status !== 503));
console.log(
  `Errors: ${failures.length} (${failures.filter((a) => a.status === 503).length} were 503 service_unavailable), ` +
    `${outsideOutage.length} of them away from the restart; ${serverErrors.length} were 500s, network errors or timeouts`,
);

const firstSuccess = answers
  .filter((a) => a.started >= outage.back && ok(a.status))
  .reduce((first, a) => Math.min(first, a.finished), Infinity);
const lastFailure = answers
  .filter((a) => a.started >= outage.back && !ok(a.status) && ![401, 409].includes(a.status))
  .reduce((last, a) => Math.max(last, a.finished), outage.back);
const recovered = Number.isFinite(firstSuccess);
console.log(
  `Database down for ${seconds(outage.back - outage.down)} (shutdown to accepting again). Recovery time: the first ` +
    `success came ${recovered ? seconds(firstSuccess - outage.back) : 'NEVER'} after it returned; ` +
    (lastFailure > outage.back
      ? `the last failure ${seconds(lastFailure - outage.back)} after it returned`
      : 'no request sent after it returned failed'),
);

const { stored, storedRequests } = await withDatabase(async (db) => ({
  stored: (await db.query(`SELECT owner_id, version, intentions FROM vital_week WHERE week_key = $1`, [week])).rows,
  storedRequests: (
    await db.query(`SELECT count(*)::int AS n FROM learning_time_request WHERE id = ANY($1)`, [acknowledged.requests])
  ).rows[0].n,
}));
const storedWeeks = new Map(stored.map((row) => [row.owner_id, row]));
// A later save may have committed without its answer arriving (a 503 mid-restart): newer is fine, older is lost.
const lostWeeks = [...acknowledged.weeks].filter(([owner, ack]) => {
  const row = storedWeeks.get(owner);
  return !row || row.version < ack.version || (row.version === ack.version && row.intentions !== ack.intentions);
});
const lostRequests = acknowledged.requests.length - storedRequests;
console.log(
  `Acknowledged writes: ${acknowledged.weeks.size} people's last saved week, ${acknowledged.requests.length} learning-time requests; ` +
    (lostWeeks.length + lostRequests === 0
      ? 'all in the database'
      : `MISSING: ${lostWeeks.length} weeks, ${lostRequests} requests`),
);
const ready = await fetch(`${base}/health/ready`).catch(() => null);
const died = appExit !== null;
console.log(died ? `API process: EXITED (${appExit}); see ${appLog}` : `API process: alive, ready ${ready?.status}`);
console.log(`API log (warnings and errors): ${appLog}`);

await stopAll();
const problems = serverErrors.length > 0 || lostWeeks.length + lostRequests > 0 || died || !recovered;
process.exit(problems ? 1 : 0);
