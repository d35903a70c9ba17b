import { MAX_PAGE_SIZE } from '@vitaal/shared/page';
import { createCast, createUser, joinTeam, signedIn, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; maximum?: number };
}
interface ListRoute {
  path: string;
  query: Parameter[];
  answersArray: boolean;
}

const HUGE = 10_000;

/**
 * Lists answered in one piece, each with what keeps it short. A new list must be paginated with
 * `limit` or say here what bounds it.
 */
const UNPAGED: Record<string, string> = {
  '/api/v1/teams':
    'every team of the organisation for admins and L&O staff, else your own; an organisation has at most 1000 teams',
  '/api/v1/goals': 'your goals, all of them: a person has at most 200 (refused at creation)',
  '/api/v1/people/{userId}/goals': "a person's goals, all of them: a person has at most 200",
  '/api/v1/goals/{id}/weeks': 'one row per week the goal was worked on, within the retention period',
  '/api/v1/weeks': '`from` to `to`, at most 53 weeks',
  '/api/v1/people/{userId}/weeks': '`from` to `to`, at most 53 weeks',
  '/api/v1/learning-time/team-calendar': '`weeks`, at most 26',
};

/** Walks the read routes of the OpenAPI document: no list answers more than it documents, none fails with a 500. */
describe('bounded page sizes on every list route', () => {
  let t: TestApp;
  let client: Client;
  let routes: ListRoute[];
  let values: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const cast = await createCast(t);
    // Admin, L&O and manager at once, so every list route lets the caller in and validation answers.
    const caller = await createUser(t, cast.organization, { roles: ['admin', 'lno'] });
    await joinTeam(t, cast.team, caller, 'manager');
    client = await signedIn(t, caller);
    const goal = (
      await client.post('/api/v1/goals').send({ title: 'Coachen', developmentQuestion: 'Hoe?' }).expect(201)
    ).body;
    values = {
      teams: cast.team.id,
      goals: goal.id,
      insights: cast.team.id,
      userId: cast.member.id,
      teamId: cast.team.id,
    };
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Parameter[];
            responses?: Record<string, { content?: Record<string, { schema?: { type?: string } }> }>;
          }
        >
      >;
    };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) => {
      const get = methods.get;
      if (!get) return [];
      const schema = get.responses?.['200']?.content?.['application/json']?.schema;
      return [
        { path, query: (get.parameters ?? []).filter((p) => p.in === 'query'), answersArray: schema?.type === 'array' },
      ];
    });
  });
  afterAll(() => t.close());

  /** The route's address with its path parameters and required query parameters filled in. */
  const url = (route: ListRoute, query: Record<string, string | number> = {}) => {
    const path = route.path.replace(
      /\{(\w+)\}/g,
      (_m, name: string) => (name === 'id' ? values[route.path.split('/')[3] ?? ''] : values[name]) ?? name,
    );
    const required = Object.fromEntries(
      route.query.filter((p) => p.required).map((p) => [p.name, values[p.name] ?? '']),
    );
    return `${path}?${new URLSearchParams(Object.entries({ ...required, ...query }).map(([k, v]): [string, string] => [k, String(v)]))}`;
  };
  const fieldsOf = (body: { errors?: { field: string }[] }) => [...new Set((body.errors ?? []).map((e) => e.field))];

  it(`caps every paginated list at ${MAX_PAGE_SIZE} and refuses a larger page with 400`, async () => {
    const paged = routes.filter((route) => route.query.some((p) => p.name === 'limit'));
    expect(paged.length).toBeGreaterThanOrEqual(6);
    const answers = [];
    for (const route of paged) {
      const huge = await client.get(url(route, { limit: HUGE }));
      const largest = await client.get(url(route, { limit: MAX_PAGE_SIZE }));
      answers.push({
        route: route.path,
        documented: route.query.find((p) => p.name === 'limit')?.schema?.maximum,
        huge: [huge.status, huge.headers['content-type']?.split(';')[0], fieldsOf(huge.body)],
        largest: [largest.status, largest.body.limit],
      });
    }
    expect(answers).toEqual(
      paged.map((route) => ({
        route: route.path,
        documented: MAX_PAGE_SIZE,
        huge: [400, 'application/problem+json', ['limit']],
        largest: [200, MAX_PAGE_SIZE],
      })),
    );
  });

  it('refuses a count of weeks beyond its documented maximum with 400', async () => {
    const counted = routes.flatMap((route) =>
      route.query
        .filter((p) => p.name !== 'limit' && p.schema?.maximum !== undefined && p.schema.maximum < HUGE)
        .map((p) => ({ route, name: p.name })),
    );
    expect(counted.length).toBeGreaterThanOrEqual(4);
    for (const { route, name } of counted) {
      const res = await client.get(url(route, { [name]: HUGE }));
      expect({ route: route.path, status: res.status, fields: fieldsOf(res.body) }).toEqual({
        route: route.path,
        status: 400,
        fields: [name],
      });
    }
    for (const path of ['/api/v1/weeks', `/api/v1/people/${values.userId}/weeks`]) {
      const res = await client.get(`${path}?from=2000-W01&to=2026-W48`);
      expect({ path, status: res.status, fields: fieldsOf(res.body) }).toEqual({ path, status: 400, fields: ['from'] });
    }
  });

  it('knows what bounds each list answered in one piece, and none of them fails on a page size', async () => {
    const unpaged = routes.filter((route) => route.answersArray && !route.query.some((p) => p.name === 'limit'));
    expect(unpaged.map((route) => route.path).sort()).toEqual(Object.keys(UNPAGED).sort());
    for (const route of unpaged) {
      const res = await client.get(url(route, { limit: HUGE }));
      expect({ route: route.path, failed: res.status >= 500 }).toEqual({ route: route.path, failed: false });
    }
  });
});
