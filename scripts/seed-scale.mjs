// `npm run seed:scale`: an organisation of 10,000 people in 500 teams with 52 weeks of history
// each (about 520,000 weeks), plus goals and learning-time requests, for the benchmarks.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { scaleDatabase } from './lib/scale-database.mjs';
import { root, seconds, step } from './lib/run.mjs';

const require = createRequire(import.meta.url);
// API_DIST: the build whose migrations and password hashing to use (default apps/api/dist).
const api = (file) => require(path.join(process.env.API_DIST ?? path.join(root, 'apps/api/dist'), file));
require(path.join(root, 'apps/api/node_modules/reflect-metadata'));
const { DataSource } = require(path.join(root, 'apps/api/node_modules/typeorm'));
const { dataSourceOptions } = api('database/data-source-options.js');
const { hashPassword } = api('auth/passwords.js');
const { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } = await import(
  pathToFileURL(path.join(root, 'packages/shared/dist/iso-week.js')).href
);

export const SCALE = { people: 10_000, teams: 500, weeks: 52, password: 'vitaal-scale-2026' };

const started = Date.now();
const database = await scaleDatabase();
step('Migrating the scale database');
const dataSource = new DataSource(dataSourceOptions(database.url));
await dataSource.initialize();
await dataSource.runMigrations();
await dataSource.destroy();

const client = new pg.Client({ connectionString: database.url });
await client.connect();
const current = parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'));
const weeks = Array.from({ length: SCALE.weeks }, (_, i) => addIsoWeeks(current, i - SCALE.weeks + 1));
const q = (sql, params) => client.query(sql, params);

step('Filling it: 10,000 people, 500 teams, 52 weeks each');
await q('BEGIN');
await q(`TRUNCATE organization CASCADE`);
await q(`TRUNCATE sign_in_throttle, audit_event, job_run`);
const {
  rows: [org],
} = await q(`INSERT INTO organization (name) VALUES ('Gemeente Schaalstad') RETURNING id`);
await q(
  `INSERT INTO team (organization_id, name) SELECT $1, 'Team ' || lpad(i::text, 3, '0') FROM generate_series(1, $2) i`,
  [org.id, SCALE.teams],
);
await q(
  `INSERT INTO app_user (organization_id, email, display_name, password_hash, contract_hours, roles, created_at)
   SELECT $1, 'person' || i || '@schaalstad.example', 'Persoon ' || i, $2, (ARRAY[24, 32, 36, 36, 36])[1 + i % 5],
          CASE WHEN i = 1 THEN ARRAY['lno'] WHEN i = 2 THEN ARRAY['admin'] ELSE ARRAY[]::text[] END,
          now() - make_interval(weeks => $4)
     FROM generate_series(1, $3) i`,
  [org.id, await hashPassword(SCALE.password), SCALE.people, SCALE.weeks],
);
// Person n is in team ceil(n / 20); the first of every twenty manages it.
await q(
  `INSERT INTO team_membership (organization_id, team_id, user_id, role)
   SELECT $1, t.id, u.id, CASE WHEN (u.n - 1) % 20 = 0 THEN 'manager' ELSE 'member' END
     FROM (SELECT id, substring(email from 'person(\\d+)@')::int AS n FROM app_user WHERE organization_id = $1) u
     JOIN (SELECT id, row_number() OVER (ORDER BY name) AS k FROM team WHERE organization_id = $1) t ON t.k = (u.n - 1) / 20 + 1`,
  [org.id],
);
// Half a million weeks: the insights summary is counted once afterwards, not by its trigger row by row.
await q(`ALTER TABLE vital_week DISABLE TRIGGER team_week_summary_week`);
await q(
  `INSERT INTO vital_week (organization_id, owner_id, week_key, starts_on, status, submitted_at, shared, intentions, planned_hours,
                           learned, applied, hours_workplace, hours_course, hours_peer, hours_self_study, energy, climate, workload, ai_used, next_step)
   SELECT $1, u.id, w.key, w.monday::date,
          CASE WHEN r < 0.85 THEN 'submitted' ELSE 'draft' END, CASE WHEN r < 0.85 THEN w.monday::timestamptz + interval '6 days' END,
          r < 0.4, 'Leren tijdens het werk', round((1 + r * 4)::numeric, 1),
          'Iets geleerd', 'Iets toegepast', round((r * 3)::numeric, 1), CASE WHEN r < 0.3 THEN 1 ELSE 0 END, 0.5, 0,
          1 + (r * 5)::int % 5, 1 + (r * 7)::int % 5, 1 + (r * 11)::int % 5, r < 0.35, 'Volgende stap'
     FROM app_user u
     CROSS JOIN unnest($2::text[], $3::text[]) AS w(key, monday)
     CROSS JOIN LATERAL (SELECT random() AS r WHERE u.id IS NOT NULL AND w.key IS NOT NULL) x
    WHERE u.organization_id = $1 AND x.r < 0.97`,
  [org.id, weeks.map(formatIsoWeek), weeks.map(isoWeekMonday)],
);
await q(`ALTER TABLE vital_week ENABLE TRIGGER team_week_summary_week`);
await q(`SELECT team_week_summary_recount()`);
await q(
  `INSERT INTO learning_goal (organization_id, owner_id, title, development_question, status, visibility, progress, challenges)
   SELECT $1, u.id, 'Doel ' || g, 'Wat wil ik leren?', (ARRAY['draft','active','achieved','paused','dropped'])[1 + (g + length(u.email)) % 5],
          CASE WHEN g = 1 THEN 'shared' ELSE 'private' END, (g * 37) % 100, ARRAY[(ARRAY['qualification','ai','productivity','vitality','inclusion','sustainability'])[1 + length(u.email) % 6]]
     FROM app_user u CROSS JOIN generate_series(1, 2) g WHERE u.organization_id = $1`,
  [org.id],
);
await q(
  `INSERT INTO learning_time_request (organization_id, requester_id, team_id, week_key, hours, form, purpose, status)
   SELECT $1, m.user_id, m.team_id, ($2::text[])[1 + (abs(hashtext(m.user_id::text || g)) % 52)], 2, 'course', 'Cursus',
          (ARRAY['pending','approved','approved','rejected'])[1 + g % 4]
     FROM team_membership m CROSS JOIN generate_series(1, 2) g WHERE m.organization_id = $1`,
  [org.id, weeks.map(formatIsoWeek)],
);
await q('COMMIT');
await q('ANALYZE');
const {
  rows: [counts],
} = await q(
  `SELECT (SELECT count(*) FROM app_user)::int AS people, (SELECT count(*) FROM team)::int AS teams, (SELECT count(*) FROM vital_week)::int AS weeks,
          (SELECT count(*) FROM learning_goal)::int AS goals, (SELECT count(*) FROM learning_time_request)::int AS requests`,
);
await client.end();
await database.stop();
console.log(
  `\n✓ ${counts.people} people, ${counts.teams} teams, ${counts.weeks} weeks, ${counts.goals} goals, ${counts.requests} requests in ${seconds(started)}`,
);
