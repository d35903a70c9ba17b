import { isoWeekKey } from '@vitaal/shared/iso-week';
import { createCast, createUser, joinTeam, signedIn, type Client } from './support/factories';
import { operationsOf, type OpenApiDocument } from './support/openapi-document';
import { startTestApp, type TestApp } from './support/test-app';

describe('HTTP headers of every answer', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof createCast>>;
  let everyone: Client;
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  describe('Cache-Control', () => {
    /** Someone who reaches as much as one person can: admin, L&O staff and manager of the team, with data. */
    beforeAll(async () => {
      const boss = await createUser(t, cast.organization, { roles: ['admin', 'lno'] });
      await joinTeam(t, cast.team, boss, 'manager');
      everyone = await signedIn(t, boss);
      await everyone.post('/api/v1/goals', { title: 'Iets leren', developmentQuestion: 'Hoe?' }).expect(201);
      await everyone.post('/api/v1/me/calendar-feed').expect(200);
    });

    /** A path of the document with its parameters filled in: the team and person of the cast where they fit. */
    const filled = (path: string) =>
      path
        .replace('{week}', isoWeekKey(new Date(), 'Europe/Amsterdam'))
        .replace('{userId}', cast.member.id)
        .replace(/\/teams\/\{id\}/, `/teams/${cast.team.id}`)
        .replace(/\/users\/\{id\}/, `/users/${cast.member.id}`)
        .replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

    it('tells browsers and proxies to keep no copy of any API answer, data, export or error', async () => {
      const doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
      const reads = operationsOf(doc).filter(({ route }) => route.startsWith('GET '));
      const answers = await Promise.all(
        reads.map(async ({ route }) => {
          const res = await everyone.get(filled(route.slice(4)));
          return { route, status: res.status, cacheControl: res.headers['cache-control'] };
        }),
      );
      expect(answers.filter((answer) => answer.cacheControl !== 'no-store')).toEqual([]);
      // Most answer with data, so the header is seen on real answers and not only on refusals.
      const withData = answers.filter((answer) => answer.status === 200).map((answer) => answer.route);
      expect(withData).toEqual(
        expect.arrayContaining([
          'GET /api/v1/me/data',
          'GET /api/v1/me/data/document',
          'GET /api/v1/users/{id}/data',
          'GET /api/v1/insights/teams/{id}/export.csv',
          'GET /api/v1/insights/organization/export.csv',
          'GET /api/v1/goals',
          'GET /api/v1/people/{userId}/weeks',
        ]),
      );
      expect(withData.length).toBeGreaterThan(reads.length / 2);
    });

    it('also on writes and on the answer to someone not signed in', async () => {
      const created = await everyone.post('/api/v1/goals', { title: 'Nog iets', developmentQuestion: 'Hoe?' });
      expect(created.headers['cache-control']).toBe('no-store');
      const anonymous = await t.http().get('/api/v1/me').expect(401);
      expect(anonymous.headers['cache-control']).toBe('no-store');
    });
  });

  describe('Strict-Transport-Security', () => {
    const hsts = (res: { headers: Record<string, string> }) => res.headers['strict-transport-security'];

    it('is left out over plain http, where it means nothing and would claim https', async () => {
      expect(hsts(await t.http().get('/api/v1/health').expect(200))).toBeUndefined();
      expect(hsts(await t.http().get('/').set('Accept', 'text/html'))).toBeUndefined();
      // A client cannot claim https for itself when no proxy is trusted.
      expect(hsts(await t.http().get('/api/v1/health').set('X-Forwarded-Proto', 'https'))).toBeUndefined();
    });

    it('is sent over https, as a trusted proxy reports it', async () => {
      const behindProxy = await startTestApp({ trustProxy: ['loopback'] }, t);
      try {
        const res = await behindProxy.http().get('/api/v1/health').set('X-Forwarded-Proto', 'https').expect(200);
        expect(hsts(res)).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
        expect(hsts(await behindProxy.http().get('/api/v1/health').expect(200))).toBeUndefined();
      } finally {
        await behindProxy.close();
      }
    });
  });
});
