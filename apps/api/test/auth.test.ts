import { AuditEvent } from '../src/audit/audit-event.entity';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/common/config/app-config';
import {
  clientFor,
  createCast,
  createOrganization,
  createUser,
  PASSWORD,
  sessionFrom,
  signedIn,
} from './support/factories';
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

  it('tells nobody whether an address has an account in another organisation', async () => {
    const first = await signUp('known@example.nl', { organizationName: 'Gemeente Een' }).expect(201);
    const fresh = await signUp('unknown@example.nl').expect(201);
    // Signing up with a known address answers exactly as with a new one, and makes an account of its own.
    const again = await signUp('KNOWN@example.nl', {
      organizationName: 'Gemeente Twee',
      password: 'another long secret',
    }).expect(201);
    expect([again.status, again.body, Object.keys(again.headers).sort()]).toEqual([
      fresh.status,
      fresh.body,
      Object.keys(fresh.headers).sort(),
    ]);
    const [one, two] = await Promise.all(
      [first, again].map(async (res) => (await clientFor(t, sessionFrom(res)).get('/api/v1/me').expect(200)).body),
    );
    expect([one.organization.name, two.organization.name]).toEqual(['Gemeente Een', 'Gemeente Twee']);

    // An admin elsewhere invites the address as any other; only their own organisation's people count.
    const other = await createCast(t);
    const asOtherAdmin = await signedIn(t, other.admin);
    await asOtherAdmin
      .post('/api/v1/invitations')
      .send({ email: 'known@example.nl', roles: [], teamIds: [] })
      .expect(201);
    const asFirstAdmin = clientFor(t, sessionFrom(first));
    const own = await asFirstAdmin
      .post('/api/v1/invitations')
      .send({ email: 'known@example.nl', roles: [], teamIds: [] })
      .expect(409);
    expect(own.body.code).toBe('email_taken');

    // Each password opens its own account.
    const login = (password: string, organizationId?: string) =>
      t.http().post('/api/v1/auth/login').send({ email: 'known@example.nl', password, organizationId });
    const intoTwo = await login('another long secret').expect(204);
    expect((await clientFor(t, sessionFrom(intoTwo)).get('/api/v1/me').expect(200)).body.organization.id).toBe(
      two.organization.id,
    );
  });

  it('asks which organisation when one password opens accounts in several', async () => {
    const a = await signUp('both@example.nl', { organizationName: 'Gemeente A' }).expect(201);
    const b = await signUp('both@example.nl', { organizationName: 'Gemeente B' }).expect(201);
    const [inA, inB] = await Promise.all(
      [a, b].map(async (res) => (await clientFor(t, sessionFrom(res)).get('/api/v1/me').expect(200)).body.organization),
    );
    const choice = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'both@example.nl', password: 'a long enough secret' })
      .expect(200);
    expect(choice.headers['set-cookie']).toBeUndefined();
    expect(choice.body).toEqual({
      organizations: [
        { id: inA.id, name: 'Gemeente A' },
        { id: inB.id, name: 'Gemeente B' },
      ],
    });
    const chosen = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'both@example.nl', password: 'a long enough secret', organizationId: inB.id })
      .expect(204);
    expect((await clientFor(t, sessionFrom(chosen)).get('/api/v1/me').expect(200)).body.organization.id).toBe(inB.id);
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
