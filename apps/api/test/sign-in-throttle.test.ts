import { SignInThrottleSweep } from '../src/auth/sign-in-throttle-sweep';
import { SignInThrottle } from '../src/auth/sign-in-throttle.entity';
import type { Organization } from '../src/organizations/organization.entity';
import type { User } from '../src/users/user.entity';
import { createOrganization, createUser, PASSWORD } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** Small, so that one address's cap is reached in a test; accounts keep their five. */
const FAILURES_PER_ADDRESS = 6;

describe('sign-in throttle per account, per address and per address an account is known at', () => {
  let t: TestApp;
  let organization: Organization;
  let people: User[];
  beforeAll(async () => {
    // The per-minute address limit of other public writes is tiny here: sign-in must not be under it.
    t = await startTestApp({
      trustProxy: ['loopback'],
      signInFailuresPerAddress: FAILURES_PER_ADDRESS,
      rateLimits: { writesPerMinute: 1_000_000, authAttemptsPerMinute: 2 },
    });
    organization = await createOrganization(t);
    people = await Promise.all(Array.from({ length: 4 }, () => createUser(t, organization)));
  });
  afterAll(() => t.close());

  let nextAddress = 0;
  /** Every test gets addresses of its own, so no test's failures count in another's. */
  const freshAddress = () => `198.51.100.${++nextAddress}`;
  const signIn = (address: string, email: string, password: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const fail = (address: string, email: string, times: number) =>
    Promise.all(Array.from({ length: times }, (_, i) => signIn(address, email, `wrong password ${i}`).expect(401)));
  const retryAfter = (answer: { headers: Record<string, string> }) => Number(answer.headers['retry-after']);

  it('keeps a targeted person signing in from an address they used before, and no one else', async () => {
    const [person] = people as [User];
    const office = freshAddress();
    await signIn(office, person.email, PASSWORD).expect(204);

    // Guesses from five other addresses lock the account...
    for (let i = 0; i < 5; i++) await fail(freshAddress(), person.email, 1);
    const refused = await signIn(freshAddress(), person.email, PASSWORD).expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(retryAfter(refused)).toBeGreaterThan(14 * 60);

    // ...but not for the person at their own office, and not for good.
    await signIn(office, person.email, PASSWORD).expect(204);
    await signIn(office, person.email, PASSWORD).expect(204);
    await signIn(freshAddress(), person.email, PASSWORD).expect(429);
  });

  it('limits guesses from a known address at that account too', async () => {
    const [, person, colleague] = people as [User, User, User];
    const sharedOffice = freshAddress();
    await signIn(sharedOffice, person.email, PASSWORD).expect(204);
    await signIn(sharedOffice, colleague.email, PASSWORD).expect(204);

    // Someone behind the same address guesses at the person: that pair locks, the colleague signs in.
    await fail(sharedOffice, person.email, 5);
    await signIn(sharedOffice, person.email, PASSWORD).expect(429);
    await signIn(sharedOffice, colleague.email, PASSWORD).expect(204);
  });

  it('caps one address trying many accounts, without locking those accounts or the people known there', async () => {
    const [, , colleague, newcomer] = people as [User, User, User, User];
    const nat = freshAddress();
    await signIn(nat, colleague.email, PASSWORD).expect(204);

    const victims = await Promise.all(
      Array.from({ length: FAILURES_PER_ADDRESS + 4 }, () => createUser(t, organization)),
    );
    const tries = await Promise.all(victims.map((victim) => signIn(nat, victim.email, 'Winter2026!')));
    const statuses = tries.map((answer) => answer.status).sort();
    // Counted before checking, so parallel tries stop at the cap as well.
    expect(statuses).toEqual([...Array(FAILURES_PER_ADDRESS).fill(401), ...Array(4).fill(429)]);

    // New accounts from this address wait; the colleague known here does not.
    await signIn(nat, newcomer.email, PASSWORD).expect(429);
    await signIn(nat, colleague.email, PASSWORD).expect(204);
    // The accounts tried are not locked: each had one failure.
    await signIn(freshAddress(), victims[0]?.email ?? '', PASSWORD).expect(204);
    await signIn(freshAddress(), newcomer.email, PASSWORD).expect(204);
  });

  it('locks longer each time within a day', async () => {
    const person = await createUser(t, organization);
    const address = freshAddress();
    await fail(address, person.email, 5);
    const first = retryAfter(await signIn(address, person.email, PASSWORD).expect(429));

    // The first lock runs out (moved into the past instead of waiting).
    await t.dataSource
      .getRepository(SignInThrottle)
      .update(
        { key: `account:${person.email}` },
        { lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 30 * 60_000) },
      );
    await fail(freshAddress(), person.email, 5);
    const second = retryAfter(await signIn(freshAddress(), person.email, PASSWORD).expect(429));
    expect(first).toBeGreaterThan(14 * 60);
    expect(first).toBeLessThanOrEqual(15 * 60);
    expect(second).toBeGreaterThan(29 * 60);
    expect(second).toBeLessThanOrEqual(30 * 60);
  });

  it('lets many people behind one address sign in within a minute', async () => {
    const office = freshAddress();
    const staff = await Promise.all(Array.from({ length: 6 }, () => createUser(t, organization)));
    for (const person of staff) await signIn(office, person.email, PASSWORD).expect(204);
  });

  it('sweeps counters that say nothing any more, and keeps known addresses and locks', async () => {
    const counters = t.dataSource.getRepository(SignInThrottle);
    const dayAgo = new Date(Date.now() - 25 * 60 * 60_000);
    const later = new Date(Date.now() + 60 * 60_000);
    await counters.insert([
      { key: 'account:stale@example.nl', failures: 3, windowStartedAt: dayAgo },
      { key: 'account:locked@example.nl', failures: 5, windowStartedAt: dayAgo, lockedUntil: later },
      { key: 'pair:192.0.2.1 known@example.nl', failures: 0, windowStartedAt: dayAgo, knownUntil: later },
      { key: 'account:recent@example.nl', failures: 1, windowStartedAt: new Date() },
    ]);
    await t.app.get(SignInThrottleSweep).runDue();
    const left = (await counters.find()).map((counter) => counter.key);
    expect(left).not.toContain('account:stale@example.nl');
    expect(left).toEqual(
      expect.arrayContaining([
        'account:locked@example.nl',
        'pair:192.0.2.1 known@example.nl',
        'account:recent@example.nl',
      ]),
    );
  });
});
