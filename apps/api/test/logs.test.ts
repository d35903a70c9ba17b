import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/common/config/app-config';
import { createTestDatabase } from './support/database';
import { PASSWORD } from './support/factories';

/** What the app logs while it starts, at the given level: one parsed line each. */
async function startUpLog(level: string): Promise<{ level: number; msg: string; context?: string }[]> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
  const database = await createTestDatabase();
  const app = await createApp(loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test' }), pino({ level }, sink));
  try {
    await app.init();
  } finally {
    await app.close();
    await database.drop();
  }
  return lines.map((line) => JSON.parse(line));
}

describe('start-up log', () => {
  it('at the default level tells a newcomer what happened, not how Nest wired itself', async () => {
    const lines = await startUpLog('info');
    expect(lines.map((line) => line.context)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/RouterExplorer|RoutesResolver|InstanceLoader|Nest/)]),
    );
    // A handful of lines at most (migrations applied, demo data seeded), so the address and demo logins are seen.
    expect(lines.length).toBeLessThanOrEqual(5);
  });

  it('keeps the route mapping one LOG_LEVEL=debug away', async () => {
    const messages = (await startUpLog('debug')).map((line) => line.msg);
    expect(messages).toContain('Mapped {/api/v1/health, GET} route');
  });
});

/** Everything the app logs, captured while a person signs up, writes personal texts and fails a sign-in. */
describe('logs', () => {
  it('never contain passwords, personal texts or scores', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const database = await createTestDatabase();
    const app = await createApp(
      loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test' }),
      pino({ level: 'trace' }, sink),
    );
    await app.init();
    const http = () => request(app.getHttpServer());
    try {
      const secret = 'MARKER-password-7f3a9';
      const signUp = await http()
        .post('/api/v1/auth/signup')
        .send({
          organizationName: 'MARKER-org',
          displayName: 'MARKER-name',
          email: 'marker@example.nl',
          password: secret,
          locale: 'nl',
        })
        .expect(201);
      const cookies = ([] as string[]).concat(signUp.headers['set-cookie'] ?? []);
      const csrf = cookies
        .find((c) => c.startsWith('vitaal_csrf='))!
        .split(';')[0]!
        .split('=')[1]!;
      const session = cookies.map((c) => c.split(';')[0]).join('; ');
      const week = (await http().get('/api/v1/me/overview').set('Cookie', session).expect(200)).body.currentWeek;
      await http()
        .put(`/api/v1/weeks/${week}`)
        .set('Cookie', session)
        .set('x-csrf-token', csrf)
        .send({
          version: 0,
          shared: false,
          plan: { intentions: 'MARKER-intentions', plannedHours: 2 },
          reflection: {
            learned: 'MARKER-learned',
            applied: 'MARKER-applied',
            hours: { workplace: 1, course: null, peer: null, self_study: null },
            energy: 4,
            climate: 4,
            workload: 4,
            aiUsed: true,
            aiHow: 'MARKER-ai',
            obstacles: 'MARKER-obstacles',
            supportWanted: 'MARKER-support',
            nextStep: 'MARKER-next',
          },
          goals: [],
        })
        .expect(200);
      await http()
        .post('/api/v1/auth/login')
        .send({ email: 'marker@example.nl', password: 'MARKER-wrong-password' })
        .expect(401);
      await http()
        .put(`/api/v1/weeks/${week}`)
        .set('Cookie', session)
        .set('x-csrf-token', csrf)
        .send({ version: 0, reflection: { learned: 'MARKER-invalid' } })
        .expect(400);
      const log = lines.join('');
      expect(log).toContain('request completed');
      expect(log).not.toMatch(/MARKER|PASSWORD|"energy"|vitaal_session|vitaal_csrf/);
      expect(log).not.toContain(PASSWORD);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
