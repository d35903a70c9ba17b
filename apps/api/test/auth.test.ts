import { AuditEvent } from '../src/audit/audit-event.entity';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/common/config/app-config';
import { clientFor, createOrganization, createUser, PASSWORD, sessionFrom } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import pino from 'pino';
import request from 'supertest';

describe('sign-up, sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const signUp = (email: string, extra: object = {}) =>
    t
      .http()
      .post('/api/v1/auth/signup')
      .send({
        organizationName: 'Gemeente Test',
        displayName: 'Anna',
        email,
        password: 'a long enough secret',
        locale: 'nl',
        ...extra,
      });

  it('signs up a new organisation with its first admin, signed in with safe cookies', async () => {
    const res = await signUp('Anna@Example.nl').expect(201);
    const session = sessionFrom(res);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.find((c) => c.startsWith('vitaal_session='))).toMatch(
      /HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/,
    );
    expect(cookies.find((c) => c.startsWith('vitaal_csrf='))).not.toMatch(/HttpOnly/);
    const me = await clientFor(t, session).get('/api/v1/me').expect(200);
    expect(me.body).toMatchObject({
      email: 'anna@example.nl',
      displayName: 'Anna',
      roles: ['admin'],
      organization: { name: 'Gemeente Test' },
      teams: [],
    });
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    await signUp('dup@example.nl').expect(201);
    const res = await signUp('DUP@example.nl').expect(409);
    expect(res.body.code).toBe('email_taken');
  });

  it('asks for a password of at least 12 characters', async () => {
    const res = await signUp('short@example.nl', { password: 'too short' }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'password', message: 'must be at least 12 characters' }]);
  });

  it('can be switched off for a single-organisation installation', async () => {
    const closed = await startTestApp({ signupEnabled: false });
    try {
      const res = await closed
        .http()
        .post('/api/v1/auth/signup')
        .send({
          organizationName: 'X',
          displayName: 'X',
          email: 'x@example.nl',
          password: 'a long enough secret',
          locale: 'en',
        })
        .expect(403);
      expect(res.body.code).toBe('signup_disabled');
    } finally {
      await closed.close();
    }
  });

  it('signs in with email and password, and gives one answer for every failure', async () => {
    const org = await createOrganization(t);
    const user = await createUser(t, org, { email: 'piet@example.nl' });
    const ok = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'PIET@example.nl', password: PASSWORD })
      .expect(204);
    await clientFor(t, sessionFrom(ok)).get('/api/v1/me').expect(200);

    const wrong = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'piet@example.nl', password: 'not the password' })
      .expect(401);
    const unknown = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.nl', password: PASSWORD })
      .expect(401);
    expect(wrong.body.detail).toEqual(unknown.body.detail);
    expect(wrong.body.code).toBe('invalid_credentials');

    const events = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { organizationId: org.id }, order: { createdAt: 'ASC' } });
    expect(events.map((e) => e.action)).toEqual(['sign_in.succeeded', 'sign_in.failed']);
    expect(events[0]?.actorId).toBe(user.id);
  });

  it('slows down and then refuses repeated failures for an account, with Retry-After', async () => {
    const org = await createOrganization(t);
    await createUser(t, org, { email: 'target@example.nl' });
    for (let i = 0; i < 4; i++) {
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'target@example.nl', password: `guess number ${i}` })
        .expect(401);
    }
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'target@example.nl', password: 'guess number 5' })
      .expect(401);
    const locked = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'target@example.nl', password: PASSWORD })
      .expect(429);
    expect(locked.body.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    // Another account from the same address is not locked by this.
    await createUser(t, org, { email: 'bystander@example.nl' });
    await t.http().post('/api/v1/auth/login').send({ email: 'bystander@example.nl', password: PASSWORD }).expect(204);
  }, 20_000);

  it('checks at most five of twenty simultaneous guesses; the right password after them is refused', async () => {
    const org = await createOrganization(t);
    const user = await createUser(t, org, { email: 'parallel@example.nl' });
    const guess = (password: string) =>
      t.http().post('/api/v1/auth/login').send({ email: 'parallel@example.nl', password });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => guess(`parallel guess ${i}`)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
    // Every checked password leaves one audit event: only five were checked.
    const checked = await t.dataSource.getRepository(AuditEvent).countBy({ targetId: user.id });
    expect(checked).toBe(5);

    await guess(PASSWORD).expect(429);
  }, 30_000);

  it('lets no more than five of twenty simultaneous guesses through, the right one among them or not', async () => {
    const org = await createOrganization(t);
    const user = await createUser(t, org, { email: 'mixed@example.nl' });
    const guess = (password: string) =>
      t.http().post('/api/v1/auth/login').send({ email: 'mixed@example.nl', password });
    const answers = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) => guess(`mixed guess ${i}`)),
      guess(PASSWORD),
    ]);
    const checked = answers.filter((answer) => answer.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 204).length).toBeLessThanOrEqual(1);
    const events = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: [{ targetId: user.id }, { actorId: user.id }] });
    expect(events).toHaveLength(checked.length);
  }, 30_000);

  it('does not let a deactivated person sign in', async () => {
    const org = await createOrganization(t);
    await createUser(t, org, { email: 'gone@example.nl', active: false });
    await t.http().post('/api/v1/auth/login').send({ email: 'gone@example.nl', password: PASSWORD }).expect(401);
  });

  it('ends the session on the server at sign-out', async () => {
    const org = await createOrganization(t);
    await createUser(t, org, { email: 'leaver@example.nl' });
    const session = sessionFrom(
      await t.http().post('/api/v1/auth/login').send({ email: 'leaver@example.nl', password: PASSWORD }).expect(204),
    );
    const client = clientFor(t, session);
    await client.post('/api/v1/auth/logout').expect(204);
    const after = await client.get('/api/v1/me').expect(401);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const org = await createOrganization(t);
    await createUser(t, org, { email: 'csrf@example.nl' });
    const session = sessionFrom(
      await t.http().post('/api/v1/auth/login').send({ email: 'csrf@example.nl', password: PASSWORD }).expect(204),
    );
    const res = await t
      .http()
      .patch('/api/v1/me')
      .set('Cookie', `vitaal_session=${session.token}`)
      .send({ displayName: 'Hacked' })
      .expect(403);
    expect(res.body.code).toBe('csrf_failed');
    await t
      .http()
      .patch('/api/v1/me')
      .set('Cookie', `vitaal_session=${session.token}`)
      .set('x-csrf-token', 'forged')
      .send({ displayName: 'Hacked' })
      .expect(403);
    await clientFor(t, session).patch('/api/v1/me').send({ displayName: 'Kees', locale: 'en' }).expect(200);
  });

  it('changes the password after checking the current one, and ends the other sessions', async () => {
    const org = await createOrganization(t);
    await createUser(t, org, { email: 'changer@example.nl' });
    const login = () =>
      t.http().post('/api/v1/auth/login').send({ email: 'changer@example.nl', password: PASSWORD }).expect(204);
    const here = clientFor(t, sessionFrom(await login()));
    const elsewhere = clientFor(t, sessionFrom(await login()));

    const wrong = await here
      .post('/api/v1/me/password')
      .send({ currentPassword: 'not it at all', newPassword: 'a brand new secret' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'is not right' }]);

    await here
      .post('/api/v1/me/password')
      .send({ currentPassword: PASSWORD, newPassword: 'a brand new secret' })
      .expect(204);
    await here.get('/api/v1/me').expect(200);
    await elsewhere.get('/api/v1/me').expect(401);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'changer@example.nl', password: 'a brand new secret' })
      .expect(204);
  });

  it('keeps sessions in the database: a second API instance accepts the same session', async () => {
    const org = await createOrganization(t);
    await createUser(t, org, { email: 'twice@example.nl' });
    const session = sessionFrom(
      await t.http().post('/api/v1/auth/login').send({ email: 'twice@example.nl', password: PASSWORD }).expect(204),
    );
    const other = await createApp(
      loadConfig({ DATABASE_URL: t.databaseUrl, NODE_ENV: 'test' }),
      pino({ level: 'silent' }),
    );
    await other.init();
    try {
      const res = await request(other.getHttpServer())
        .get('/api/v1/me')
        .set('Cookie', `vitaal_session=${session.token}`)
        .expect(200);
      expect(res.body.email).toBe('twice@example.nl');
    } finally {
      await other.close();
    }
  });
});
