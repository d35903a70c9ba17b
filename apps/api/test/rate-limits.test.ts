import { Goal } from '../src/goals/goal.entity';
import { Organization } from '../src/organizations/organization.entity';
import { RateLimitCounter } from '../src/rate-limits/rate-limit-counter.entity';
import { createCast, signedIn, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const WRITES = 3;
const AUTH_ATTEMPTS = 2;
const newGoal = (title: string) => ({ title, developmentQuestion: 'Hoe leer ik dit?', visibility: 'private' });

describe('rate limits', () => {
  let t: TestApp;
  let second: TestApp;
  let cast: Awaited<ReturnType<typeof createCast>>;
  const rateLimits = { writesPerMinute: WRITES, authAttemptsPerMinute: AUTH_ATTEMPTS };

  beforeAll(async () => {
    // Addresses from X-Forwarded-For count only because the proxy (here: loopback) is trusted.
    t = await startTestApp({ rateLimits, trustProxy: ['loopback'] });
    second = await startTestApp({ rateLimits, trustProxy: ['loopback'] }, t);
    cast = await createCast(t);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const goalsOf = (ownerId: string) => t.dataSource.getRepository(Goal).countBy({ ownerId });
  const writeUpToTheLimit = async (client: Client) => {
    for (let i = 1; i <= WRITES; i++) await client.post('/api/v1/goals', newGoal(`Doel ${i}`)).expect(201);
  };

  it('refuses a person’s write over the limit with 429 and Retry-After, and writes nothing', async () => {
    const member = await signedIn(t, cast.member);
    await writeUpToTheLimit(member);

    const refused = await member.post('/api/v1/goals', newGoal('Eén te veel')).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await goalsOf(cast.member.id)).toBe(WRITES);
    // Reading is not limited.
    await member.get('/api/v1/goals').expect(200);
  });

  it('counts per person: someone else still writes', async () => {
    const outsider = await signedIn(t, cast.outsider);
    await outsider.post('/api/v1/goals', newGoal('Mijn eigen doel')).expect(201);
  });

  it('shares the count between two API instances on one database', async () => {
    const [onFirst, onSecond] = await Promise.all([signedIn(t, cast.manager), signedIn(second, cast.manager)]);
    await onFirst.post('/api/v1/goals', newGoal('Eerste')).expect(201);
    await onSecond.post('/api/v1/goals', newGoal('Tweede')).expect(201);
    await onFirst.post('/api/v1/goals', newGoal('Derde')).expect(201);
    await onSecond.post('/api/v1/goals', newGoal('Vierde')).expect(429);
    expect(await goalsOf(cast.manager.id)).toBe(WRITES);
  });

  describe('sign-in, sign-up and invitations, per address', () => {
    const accept = (app: TestApp, address: string, token: string) =>
      app
        .http()
        .post(`/api/v1/invitations/${token}/accept`)
        .set('X-Forwarded-For', address)
        .send({ displayName: 'Piet', password: 'a long enough secret' });
    const signUp = (address: string, email: string) =>
      t.http().post('/api/v1/auth/signup').set('X-Forwarded-For', address).send({
        organizationName: 'Gemeente Te Veel',
        displayName: 'Piet',
        email,
        password: 'a long enough secret',
        locale: 'nl',
      });

    it('refuses attempts from one address over the stricter limit, on every public write and every instance', async () => {
      await accept(t, '203.0.113.1', 'one-token').expect(404);
      await accept(second, '203.0.113.1', 'two-token').expect(404);
      const refused = await accept(t, '203.0.113.1', 'three-token').expect(429);
      expect(refused.body.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);

      await signUp('203.0.113.1', 'new@example.nl').expect(429);
      expect(await t.dataSource.getRepository(Organization).countBy({ name: 'Gemeente Te Veel' })).toBe(0);
    });

    it('lets another address sign up meanwhile', async () => {
      await accept(t, '203.0.113.2', 'one-token').expect(404);
      await signUp('203.0.113.2', 'welcome@example.nl').expect(201);
    });

    it('leaves sign-in to its own limits per account and address (sign-in-throttle.test.ts)', async () => {
      for (let i = 0; i < AUTH_ATTEMPTS + 2; i++) {
        await t
          .http()
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', '203.0.113.1')
          .send({ email: `someone-${i}@example.nl`, password: 'not the password at all' })
          .expect(401);
      }
    });

    it('takes X-Forwarded-For only from a trusted proxy', async () => {
      const direct = await startTestApp({ rateLimits }, t);
      try {
        await accept(direct, '198.51.100.1', 'a-token').expect(404);
        await accept(direct, '198.51.100.2', 'b-token').expect(404);
        // Both counted for the connection's own address, whatever the header claimed.
        await accept(direct, '198.51.100.3', 'c-token').expect(429);
      } finally {
        await direct.close();
      }
    });
  });

  it('documents the 429 on every write route', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const writes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ route: `${method} ${path}`, documented: '429' in operation.responses })),
    );
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.filter((write) => !write.documented)).toEqual([]);
  });

  it('sweeps counters whose minute has passed when a new one starts, without a separate job', async () => {
    const counters = t.dataSource.getRepository(RateLimitCounter);
    await counters.insert({ key: 'auth:192.0.2.99', hits: 7, windowStartedAt: new Date(Date.now() - 5 * 60_000) });
    await t
      .http()
      .post('/api/v1/invitations/sweep-token/accept')
      .set('X-Forwarded-For', '192.0.2.100')
      .send({ displayName: 'Piet', password: 'a long enough secret' })
      .expect(404);
    expect(await counters.existsBy({ key: 'auth:192.0.2.99' })).toBe(false);
    expect(await counters.existsBy({ key: 'auth:192.0.2.100' })).toBe(true);
  });
});
