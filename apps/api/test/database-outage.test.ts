import { isoWeekKey } from '@vitaal/shared/iso-week';
import type { TeamRole } from '@vitaal/shared/roles';
import { Client as PgClient, type Pool } from 'pg';
import type { Response } from 'supertest';
import { createOrganization, createTeam, createUser, signedIn, type Client } from './support/factories';
import { startOwnPostgres, type PostgresServer } from './support/own-postgres';
import { startTestApp, type TestApp } from './support/test-app';
import type { User } from '../src/users/user.entity';

// Starting and restarting a server of its own takes a few seconds more than the other tests.
jest.setTimeout(60_000);

/** Short, so that the test of a database that stops answering is quick; requests still finish well within it. */
const STATEMENT_TIMEOUT_MS = 1_000;
/** Not a speed test: a generous bound on "within seconds", so that a process that never recovers fails. */
const RECOVERY_DEADLINE_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  request: string;
  status: number;
  type: string;
  code?: string;
  retryAfter?: string;
  /** What a 201 created, as `table:id`. */
  created?: string;
}

function answerOf(request: string, res: Response): Answer {
  return {
    request,
    status: res.status,
    type: String(res.headers['content-type']),
    code: res.body?.code,
    retryAfter: res.headers['retry-after'],
    created: res.status === 201 ? `${request.split(' ')[1]}:${res.body.id}` : undefined,
  };
}

/** The tables behind the routes that create something in the load below. */
const CREATED_IN = { '/goals': 'learning_goal', '/learning-time/requests': 'learning_time_request' } as const;

/**
 * Everyone creating a goal (one statement), asking for learning time (a transaction of several) and
 * reading their overview (several reads at once), each as fast as the app answers, until `stop()`.
 */
function underLoad(people: Client[], teamId: string) {
  const answers: Answer[] = [];
  let running = true;
  const week = isoWeekKey(new Date(), 'Europe/Amsterdam');
  const loops = people.map(async (person, i) => {
    for (let n = 0; running; n++) {
      const goal = { title: `Doel ${i}.${n}`, developmentQuestion: 'Wat wil ik leren?' };
      answers.push(answerOf('POST /goals', await person.post('/api/v1/goals', goal)));
      const request = { teamId, week, hours: 1, form: 'course', purpose: 'Cursus' };
      answers.push(
        answerOf('POST /learning-time/requests', await person.post('/api/v1/learning-time/requests', request)),
      );
      answers.push(answerOf('GET /me/overview', await person.get('/api/v1/me/overview')));
    }
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

/** Polls until a signed-in read succeeds again. */
async function untilServing(person: Client): Promise<void> {
  const started = Date.now();
  for (;;) {
    const res = await person.get('/api/v1/goals');
    if (res.status === 200) return;
    if (Date.now() - started > RECOVERY_DEADLINE_MS) throw new Error(`Still ${res.status} after the database returned`);
    await sleep(100);
  }
}

describe('a database outage', () => {
  let server: PostgresServer & { databaseUrl: string };
  let t: TestApp;
  let people: Client[];
  let teamId: string;

  const query = async <T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new PgClient({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  /** Every answer was a success or a 503 problem document, and everything acknowledged with 201 is stored. */
  async function expectNothingLost(answers: Answer[]): Promise<void> {
    expect(answers.filter((a) => ![200, 201, 503].includes(a.status))).toEqual([]);
    expect(
      answers.filter(
        (a) =>
          a.status === 503 &&
          !(a.type.startsWith('application/problem+json') && a.code === 'service_unavailable' && a.retryAfter === '5'),
      ),
    ).toEqual([]);
    for (const [route, table] of Object.entries(CREATED_IN)) {
      const acknowledged = answers.flatMap((a) =>
        a.created?.startsWith(`${route}:`) ? [a.created.split(':')[1]] : [],
      );
      expect(acknowledged.length).toBeGreaterThan(0);
      const stored = await query(server.databaseUrl, `SELECT id FROM ${table} WHERE id = ANY($1)`, [acknowledged]);
      expect({ route, stored: stored.length }).toEqual({ route, stored: acknowledged.length });
    }
  }

  beforeAll(async () => {
    server = await startOwnPostgres();
    t = await startTestApp({ databaseUrl: server.databaseUrl, databaseStatementTimeoutMs: STATEMENT_TIMEOUT_MS });
    const organization = await createOrganization(t);
    const members = await Promise.all(Array.from({ length: 16 }, () => createUser(t, organization)));
    const [manager, ...others] = members;
    const team = await createTeam(t, organization, [
      [manager!, 'manager'],
      ...others.map((member): [User, TeamRole] => [member, 'member']),
    ]);
    teamId = team.id;
    people = await Promise.all(members.map((member) => signedIn(t, member)));
  });
  afterAll(async () => {
    await t?.close();
    await server?.stop();
  });

  it('serves on when every connection is terminated under load, and loses nothing it acknowledged', async () => {
    const load = underLoad(people, teamId);
    for (let round = 0; round < 3; round++) {
      await sleep(300);
      const [row] = await query<{ terminated: number }>(
        server.url,
        `SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity
          WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      expect(row?.terminated).toBeGreaterThan(0);
    }
    await untilServing(people[0]!);
    await expectNothingLost(await load.stop());
    await t.http().get('/api/v1/health/ready').expect(200);
  });

  it('serves on when a connection breaks in the moment nobody listens on it', async () => {
    // TypeORM attaches its listener to a pooled connection only a moment after taking it; until then the
    // connection is as bare as this one. An 'error' event without a listener would end the process.
    const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
    const connection = await pool.connect();
    const [row] = (await connection.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const ended = new Promise((resolve) => connection.once('end', resolve));
    await query(server.url, 'SELECT pg_terminate_backend($1)', [row!.pid]);
    await ended;
    connection.release(true);
    await untilServing(people[0]!);
  });

  it('answers 503 while the database restarts, says it is unreachable, and serves again once it is back', async () => {
    const load = underLoad(people, teamId);
    await sleep(300);
    let during: unknown;
    await server.restart(async () => {
      const [ready, alive, read] = [
        await t.http().get('/api/v1/health/ready'),
        await t.http().get('/api/v1/health'),
        await people[0]!.get('/api/v1/goals'),
      ];
      during = { ready: [ready.status, ready.body], alive: alive.status, read: answerOf('GET /goals', read) };
      await sleep(500); // the load goes on against the stopped server
    });
    expect(during).toEqual({
      ready: [503, { status: 'unavailable', database: 'unreachable', pendingMigrations: null }],
      alive: 200,
      read: expect.objectContaining({ status: 503, code: 'service_unavailable', retryAfter: '5' }),
    });
    await untilServing(people[0]!);
    const answers = await load.stop();
    expect(answers.some((a) => a.status === 503)).toBe(true);
    await expectNothingLost(answers);
    await t.http().get('/api/v1/health/ready').expect(200);
  });

  it('answers 503 rather than hanging when the database stops answering', async () => {
    await untilServing(people[0]!);
    const backends = await query<{ pid: number }>(
      server.url,
      `SELECT pid FROM pg_stat_activity WHERE datname = 'vitaal' AND backend_type = 'client backend'`,
    );
    expect(backends.length).toBeGreaterThan(0);
    // The app's connections stay open, but the server behind them no longer answers.
    for (const { pid } of backends) process.kill(pid, 'SIGSTOP');
    let answers: Answer[];
    try {
      answers = (await Promise.all(people.map((person) => person.get('/api/v1/goals')))).map((res) =>
        answerOf('GET /goals', res),
      );
    } finally {
      for (const { pid } of backends) process.kill(pid, 'SIGCONT');
    }
    expect(answers.filter((a) => a.status === 503 && a.code === 'service_unavailable').length).toBeGreaterThan(0);
    expect(answers.filter((a) => ![200, 503].includes(a.status))).toEqual([]);
    await untilServing(people[0]!);
  });

  it('waits at start-up for a database that is not up yet', async () => {
    let starting: Promise<TestApp> | undefined;
    await server.restart(async () => {
      starting = startTestApp({ databaseUrl: server.databaseUrl });
      starting.catch(() => undefined); // awaited below
      await sleep(1_000);
    });
    const late = await starting!;
    try {
      await late.http().get('/api/v1/health/ready').expect(200);
    } finally {
      await late.close();
    }
  });
});
