import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { MAX_PAGE_SIZE } from '@vitaal/shared/page';
import { createCast, createTeam, createUser, joinTeam, signedIn, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** GET routes this test does not read, each with why: the rest must answer the same however the rows lie. */
const NOT_READ: Record<string, string> = {
  '/api/v1/health': 'no rows',
  '/api/v1/health/ready': 'no rows',
  '/api/v1/me/data': 'an export: recorded in the audit list, which would change under the other reads',
  '/api/v1/me/data/document': 'an export (HTML)',
  '/api/v1/users/{id}/data': 'an export: recorded and told to the person',
  '/api/v1/users/{id}/data/document': 'an export (HTML)',
  '/api/v1/insights/teams/{id}/export.csv': 'an export (CSV), recorded',
  '/api/v1/insights/organization/export.csv': 'an export (CSV), recorded',
  '/api/v1/calendar/{token}.ics': 'a calendar file stamped with the time it is made',
};

/** Optional filters set so that the tied rows are in the answer (the sessions lie in the past). */
const CHOSEN: Record<string, string> = { when: 'past' };

const TIES = 3;
const SAME_MOMENT = '2026-11-02T09:00:00Z';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

/**
 * Walks every read route of the OpenAPI document over an organisation whose rows tie on everything a
 * list could sort by (same moment, same name, same title). Between two reads the rows are rewritten
 * in reverse, as a decision or an edit rewrites a row, which moves it in the table: an order that
 * does not end with a unique key then comes back different, and a page walk repeats or skips rows.
 */
// Dozens of routes, each read around a rewrite of the whole organisation.
jest.setTimeout(60_000);

describe('every list has a total order and says when there is more', () => {
  let t: TestApp;
  let reader: TestApp;
  let client: Client;
  let doc: OpenApi;
  let organizationId: string;
  let values: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const cast = await createCast(t);
    organizationId = cast.organization.id;
    const caller = await createUser(t, cast.organization, { roles: ['admin', 'lno'] });
    await joinTeam(t, cast.team, caller, 'manager');
    client = await signedIn(t, caller);
    const members = [cast.member];
    for (let i = 1; i < TIES; i++) {
      const member = await createUser(t, cast.organization);
      await joinTeam(t, cast.team, member, 'member');
      members.push(member);
    }
    for (let i = 1; i < TIES; i++) await createTeam(t, cast.organization, [[caller, 'member']]);

    const asMember = await signedIn(t, cast.member);
    const goals = [];
    for (let i = 0; i < TIES; i++) {
      goals.push(
        (await client.post('/api/v1/goals').send({ title: 'Gelijk', developmentQuestion: '?' }).expect(201)).body,
      );
      await asMember
        .post('/api/v1/goals')
        .send({ title: 'Gelijk', developmentQuestion: '?', visibility: 'shared' })
        .expect(201);
    }
    const sessions = [];
    for (let i = 0; i < TIES; i++) {
      sessions.push(
        (
          await client
            .post(`/api/v1/teams/${cast.team.id}/sessions`)
            .send({ kind: 'intervision', title: 'Gelijk', startsAt: SAME_MOMENT, durationMinutes: 60 })
            .expect(201)
        ).body,
      );
      await client.post(`/api/v1/teams/${cast.team.id}/learnings`).send({ body: 'Gelijk' }).expect(201);
    }
    for (const member of members) {
      const asOne = await signedIn(t, member);
      await asOne.put(`/api/v1/teams/${cast.team.id}/sessions/${sessions[0].id}/attendance`).send({ attended: true });
      const ask = { week: relative(1), hours: 2, form: 'course', purpose: 'Gelijk', teamId: cast.team.id };
      for (let i = 0; i < 2; i++) await asOne.post('/api/v1/learning-time/requests').send(ask).expect(201);
    }
    const pending = (await client.get('/api/v1/learning-time/approvals').expect(200)).body.items as { id: string }[];
    for (const request of pending.slice(0, TIES))
      await client
        .post(`/api/v1/learning-time/requests/${request.id}/decision`)
        .send({ decision: 'approved', comment: '' })
        .expect(200);
    const manager = await signedIn(t, cast.manager);
    let ownRequest = '';
    for (let i = 0; i < TIES; i++) {
      ownRequest = (
        await client.post('/api/v1/learning-time/requests').send({
          week: relative(1),
          hours: 1,
          form: 'course',
          purpose: 'Gelijk',
          teamId: cast.team.id,
        })
      ).body.id;
      await manager.post('/api/v1/learning-time/requests').send({
        week: relative(1),
        hours: 1,
        form: 'course',
        purpose: 'Gelijk',
        teamId: cast.team.id,
      });
    }
    let token = '';
    for (let i = 0; i < TIES; i++) {
      const invited = await client
        .post('/api/v1/invitations')
        .send({ email: `gelijk-${i}@example.nl`, roles: [], teamIds: [] })
        .expect(201);
      token = invited.body.acceptPath.split('/').at(-1);
    }
    await makeTies();
    // Read through a second instance whose connections scan tables instead of indexes: an index can
    // happen to order ties today, and stop doing so once the table grows or the plan changes.
    const database = (await t.dataSource.query(`SELECT current_database() AS name`))[0].name;
    for (const setting of ['enable_indexscan', 'enable_indexonlyscan', 'enable_bitmapscan'])
      await t.dataSource.query(`ALTER DATABASE "${database}" SET ${setting} = off`);
    reader = await startTestApp({}, t);
    client = await signedIn(reader, caller);

    values = {
      teams: cast.team.id,
      goals: goals[0].id,
      insights: cast.team.id,
      users: cast.member.id,
      userId: cast.member.id,
      teamId: cast.team.id,
      sessionId: sessions[0].id,
      'learning-time': ownRequest,
      week: relative(1),
      token,
    };
    doc = (await reader.http().get('/api/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(async () => {
    await reader.close();
    await t.close();
  });

  /**
   * Every row of the organisation gets the same moment, name and title: only a unique key still orders
   * them. Sign-in sessions keep their times, or the caller would be signed out.
   */
  async function makeTies() {
    const columns: { table_name: string; column_name: string }[] = await t.dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name <> 'session' AND c.column_name IN ('created_at', 'updated_at', 'display_name', 'name', 'title')
          AND EXISTS (SELECT 1 FROM information_schema.columns o
                       WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'organization_id')`,
    );
    for (const { table_name, column_name } of columns) {
      const value = column_name.endsWith('_at') ? SAME_MOMENT : 'Gelijk';
      await t.dataSource.query(`UPDATE "${table_name}" SET "${column_name}" = $2 WHERE organization_id = $1`, [
        organizationId,
        value,
      ]);
    }
  }

  /** Rewrites every row of the organisation, last one first, which reverses the order they lie in. */
  async function shuffle() {
    // One round trip: the walk shuffles before every page it reads.
    await t.dataSource.query(`DO $$
      DECLARE tbl text; r record;
      BEGIN
        FOR tbl IN SELECT c.table_name FROM information_schema.columns c
                     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE' LOOP
          FOR r IN EXECUTE format('SELECT ctid FROM %I WHERE organization_id = %L ORDER BY ctid DESC', tbl, '${organizationId}') LOOP
            EXECUTE format('UPDATE %I SET organization_id = organization_id WHERE ctid = $1', tbl) USING r.ctid;
          END LOOP;
        END LOOP;
      END $$`);
  }

  const isPage = (schema: Schema | undefined): boolean => {
    const resolved = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').at(-1)!] : schema;
    return resolved?.properties?.items?.type === 'array' && resolved.properties.total !== undefined;
  };

  const readRoutes = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) => {
      const get = methods.get;
      if (!get || path in NOT_READ) return [];
      const schema = get.responses?.['200']?.content?.['application/json']?.schema;
      const required = (get.parameters ?? [])
        .filter((p) => p.in === 'query' && (p.required || p.name in CHOSEN))
        .map((p) => p.name);
      return [{ path, paged: isPage(schema), list: isPage(schema) || schema?.type === 'array', required }];
    });

  const url = (route: { path: string; required: string[] }, query: Record<string, string | number> = {}) => {
    const path = route.path.replace(
      /\{(\w+)\}/g,
      (_m, name: string) => (name === 'id' ? values[route.path.split('/')[3] ?? ''] : values[name]) ?? name,
    );
    const required = Object.fromEntries(route.required.map((name) => [name, CHOSEN[name] ?? values[name] ?? '']));
    const search = new URLSearchParams(
      Object.entries({ ...required, ...query }).map(([k, v]): [string, string] => [k, String(v)]),
    );
    return `${path}?${search}`;
  };

  it('reads every route; each answers the same however its rows lie', async () => {
    const routes = readRoutes();
    expect(routes.filter((r) => r.list).length).toBeGreaterThanOrEqual(15);
    const answers = [];
    for (const route of routes) {
      const address = url(route, route.paged ? { limit: MAX_PAGE_SIZE } : {});
      const first = await client.get(address);
      await shuffle();
      const second = await client.get(address);
      answers.push({
        route: route.path,
        status: first.status,
        same: JSON.stringify(first.body) === JSON.stringify(second.body),
      });
    }
    expect(answers).toEqual(routes.map((route) => ({ route: route.path, status: 200, same: true })));
  });

  it('pages through every paginated list one row at a time without repeating or skipping a row', async () => {
    const paged = readRoutes().filter((route) => route.paged);
    expect(paged.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/api/v1/learning-time/approvals',
        '/api/v1/invitations',
        '/api/v1/users',
        '/api/v1/audit-events',
        '/api/v1/notifications',
        '/api/v1/teams/{id}/learnings',
      ]),
    );
    const walks = [];
    for (const route of paged) {
      const all = (await client.get(url(route, { limit: MAX_PAGE_SIZE })).expect(200)).body;
      const walked = [];
      let last = all;
      for (let offset = 0; offset < all.total; offset++) {
        await shuffle();
        last = (await client.get(url(route, { limit: 1, offset })).expect(200)).body;
        walked.push(...last.items);
      }
      walks.push({
        route: route.path,
        // Ties must exist for the walk to prove anything.
        enoughRows: all.total >= 2,
        complete: all.items.length === all.total,
        walkedInOrder: JSON.stringify(walked) === JSON.stringify(all.items),
        totalsAgree: last.total === all.total,
      });
    }
    expect(walks).toEqual(
      paged.map((route) => ({
        route: route.path,
        enoughRows: true,
        complete: true,
        walkedInOrder: true,
        totalsAgree: true,
      })),
    );
  });
});
