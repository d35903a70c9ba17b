import { createCast, signedIn, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface Operation {
  method: 'post' | 'put' | 'patch';
  path: string;
}

/** Bodies no write route should accept, each with what makes it wrong. */
const MALFORMED: [string, unknown][] = [
  ['an empty object', {}],
  [
    'wrong types everywhere',
    { title: 12, version: 'one', hours: 'many', email: 5, roles: 'admin', body: [], week: 48, decision: true },
  ],
  ['an unknown field', { unexpectedField: 'x' }],
  [
    'huge strings',
    { title: 'x'.repeat(20_000), body: 'x'.repeat(20_000), name: 'x'.repeat(20_000), purpose: 'x'.repeat(20_000) },
  ],
  ['a bad ISO week', { week: '2026-W99', fromWeek: '2026-W00' }],
  ['an array instead of an object', [1, 2, 3]],
  ['nulls', { title: null, version: null, plan: null, reflection: null, goals: null }],
];

/**
 * Walks every write route of the OpenAPI document and sends it malformed bodies: every answer must
 * be a 4xx problem document, never a 5xx, and nothing may be written.
 */
describe('malformed input on every write route', () => {
  let t: TestApp;
  let client: Client;
  let operations: Operation[];
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const cast = await createCast(t);
    client = await signedIn(t, cast.admin);
    const asMember = await signedIn(t, cast.member);
    const goal = (await asMember.post('/api/v1/goals').send({ title: 'Doel', developmentQuestion: 'Hoe?' }).expect(201))
      .body;
    ids = {
      id: cast.team.id,
      userId: cast.member.id,
      milestoneId: '00000000-0000-4000-8000-000000000001',
      sessionId: goal.id,
      learningId: goal.id,
      goalId: goal.id,
      token: 'x'.repeat(43),
      week: '2026-W48',
    };
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    // Routes that take a body; the ones without (sign-out, mark as read, submit) ignore one.
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([m, op]) => ['post', 'put', 'patch'].includes(m) && op.requestBody !== undefined)
        .map(([method]) => ({ method: method as Operation['method'], path })),
    );
  });
  afterAll(() => t.close());

  it('answers each malformed body with a 4xx problem document and writes nothing', async () => {
    expect(operations.length).toBeGreaterThan(25);
    const counts = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM learning_goal) + (SELECT count(*) FROM team) + (SELECT count(*) FROM vital_week) + (SELECT count(*) FROM learning_time_request) + (SELECT count(*) FROM invitation) + (SELECT count(*) FROM team_session) + (SELECT count(*) FROM shared_learning) AS n`,
        )
      )[0].n;
    const before = await counts();
    const failures: string[] = [];
    for (const op of operations) {
      const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name);
      for (const [what, body] of MALFORMED) {
        // An empty PATCH changes nothing and is a valid request where no field is required.
        if (op.method === 'patch' && what === 'an empty object') continue;
        const res = await client[op.method](url, body as object);
        // The signed-in admin must stay signed in, or every answer would be a vacuous 401.
        if (res.status === 401) failures.push(`${op.method} ${op.path} with ${what}: 401`);
        const problem = String(res.headers['content-type']).includes('application/problem+json');
        if (res.status < 400 || res.status >= 500 || !problem)
          failures.push(`${op.method} ${op.path} with ${what}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toBe(before);
  }, 60_000);
});
