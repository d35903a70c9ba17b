import { PROBLEM_CONTENT_TYPE } from '@vitaal/shared/problem';
import { SessionService } from '../src/auth/session.service';
import { createCast, createUser, joinTeam } from './support/factories';
import { malformedRequests, related, type Case } from './support/malformed-requests';
import { missingBounds, routesOf, type Route } from './support/openapi-inputs';
import { startTestApp, type TestApp } from './support/test-app';

/** Fixed, so a failure shows again on the next run; MALFORMED_SEED and MALFORMED_SAMPLES explore further. */
const SEED = Number(process.env.MALFORMED_SEED ?? 20261123);
const SAMPLES = Number(process.env.MALFORMED_SAMPLES ?? 1);
/** Tables a refused request still touches: the write limit counts every attempt, and the migrations. */
const UNWRITTEN_EXCEPT = ['migrations', 'rate_limit_counter', 'job_run'];

/**
 * Reads every route of the OpenAPI document and sends it, one input at a time, values no route may
 * accept: NUL bytes, lone surrogates, null, numbers too large, too small or too precise, overlong
 * strings, other types, deep nesting, prototype keys and huge arrays, in bodies, query strings and
 * paths. Every answer must be a 400 problem document naming the field; nothing may be written.
 */
describe('malformed input on every route', () => {
  let t: TestApp;
  let routes: Route[];
  let send: (c: Case) => Promise<{ status: number; type: string; fields: string[] }>;

  beforeAll(async () => {
    t = await startTestApp();
    const cast = await createCast(t);
    // Admin, L&O and manager at once, so the route lets the caller in and its validation answers.
    const caller = await createUser(t, cast.organization, { roles: ['admin', 'lno'] });
    await joinTeam(t, cast.team, caller, 'manager');
    const session = await t.app.get(SessionService).issue(t.dataSource.manager, caller);
    send = async (c) => {
      const url = `${c.path}${c.query ? `?${c.query}` : ''}`;
      const http = t.http();
      let request = http[c.route.method](url)
        .set('Cookie', [`vitaal_session=${session.token}`, `vitaal_csrf=${session.csrfToken}`])
        .set('x-csrf-token', session.csrfToken);
      if (c.body !== undefined) request = request.set('Content-Type', 'application/json').send(c.body);
      const res = await request;
      const errors = (res.body?.errors ?? []) as { field: string }[];
      return {
        status: res.status,
        type: String(res.headers['content-type']).split(';')[0]!,
        fields: errors.map((e) => e.field),
      };
    };
    routes = routesOf((await t.http().get('/api/docs-json').expect(200)).body);
  });
  afterAll(() => t.close());

  it('documents the bound of every body field and query parameter, so the walk below can cross it', () => {
    const unbounded = routes.flatMap((route) =>
      route.inputs
        .filter((input) => input.in !== 'path')
        .flatMap((input) =>
          missingBounds(input.schema).map(
            (bound) => `${route.method.toUpperCase()} ${route.path} ${input.in} ${input.field}: no ${bound}`,
          ),
        ),
    );
    expect(unbounded).toEqual([]);
  });

  it('answers every malformed input with a 400 problem document naming the field, and writes nothing', async () => {
    const cases = malformedRequests(routes, { seed: SEED, samples: SAMPLES });
    expect(cases.length).toBeGreaterThan(1000);
    const tables: { table_name: string }[] = await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND NOT table_name = ANY($1)`,
      [UNWRITTEN_EXCEPT],
    );
    const rows = async () =>
      (await t.dataSource.query(
        tables
          .map(({ table_name }) => `SELECT '${table_name}' AS name, count(*) FROM "${table_name}"`)
          .join(' UNION ALL '),
      )) as { name: string; count: string }[];
    const before = await rows();
    const failures: string[] = [];
    for (const c of cases) {
      const answer = await send(c);
      const named = answer.fields.some((field) => related(field, c.field));
      if (answer.status !== 400 || answer.type !== PROBLEM_CONTENT_TYPE || !named) {
        const where = c.input ? `${c.input.in} ${c.input.field}` : c.field || 'body';
        failures.push(
          `${c.route.method.toUpperCase()} ${c.route.path} ${where} (${c.malformed}): ${answer.status} ${answer.fields.join(',')}`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(await rows()).toEqual(before);
  }, 120_000);
});
