import { Client as PgClient } from 'pg';
import { SignInThrottleSweep } from '../src/auth/sign-in-throttle-sweep';
import { WeeklyReminder } from '../src/notifications/weekly-reminder';
import { RetentionJob } from '../src/retention/retention-job';
import {
  clientFor,
  createCast,
  createUser,
  joinTeam,
  PASSWORD,
  signedIn,
  weekToSave,
  type Client,
} from './support/factories';
import { routesOf, validValue, type OpenApiDocument, type Route } from './support/openapi-inputs';
import { StatementLog } from './support/statement-log';
import { startTestApp, type TestApp } from './support/test-app';
import { ACROSS_ORGANIZATIONS, unroutedStatements } from './support/tenant-statements';

/** Writes whose generated body would be refused before reaching the data; the rest use their documented example. */
const BODIES: Record<string, (ids: Record<string, string>) => object> = {
  'patch /api/v1/teams/{id}': () => ({ name: 'Team Noord' }),
  'post /api/v1/teams/{id}/members': (ids) => ({ userId: ids.outsider!, role: 'member' }),
  'patch /api/v1/teams/{id}/members/{userId}': () => ({ role: 'manager' }),
  'post /api/v1/invitations': (ids) => ({ email: 'tweede@example.nl', roles: [], teamIds: [ids.teamId!] }),
  'patch /api/v1/goals/{id}': () => ({ version: 1, title: 'Beter presenteren' }),
  'put /api/v1/goals/{id}/milestones/order': (ids) => ({ milestoneIds: [ids.milestoneId!] }),
  'put /api/v1/weeks/{week}': (ids) =>
    weekToSave(
      { hours: { workplace: 1, course: 0, peer: 0, self_study: 0 } },
      { version: 1, goals: [{ goalId: ids.goalId!, hours: 1, progress: 20 }] },
    ),
  'post /api/v1/learning-time/requests': (ids) => ({
    week: ids.week!,
    hours: 1,
    form: 'peer',
    purpose: 'Leren',
    teamId: ids.teamId!,
  }),
  'patch /api/v1/learning-time/requests/{id}': () => ({ version: 1, hours: 2 }),
  'post /api/v1/learning-time/decisions': (ids) => ({
    requestIds: [ids.requestId!],
    decision: 'approved',
    comment: '',
  }),
  'post /api/v1/teams/{id}/sessions': () => ({
    kind: 'peer_learning',
    title: 'Samen leren',
    startsAt: '2026-12-08T14:00:00Z',
    durationMinutes: 60,
  }),
  'post /api/v1/teams/{id}/sessions/{sessionId}/goals': (ids) => ({ goalId: ids.goalId! }),
  'post /api/v1/teams/{id}/learnings': () => ({ body: 'Nog iets geleerd' }),
};

/**
 * Every statement the API sends about organisations' rows names the organisation (docs/scaling.md), so a
 * database distributed by organisation answers each from one node. This runs the API broadly: every route
 * of the OpenAPI document as an administrator who is also L&O and a team manager, and as a team member,
 * with real objects; sign-up, sign-in, invitations and the calendar feed; and the background jobs. Then
 * PostgreSQL's plan of each statement says whether it finds its rows by organisation.
 */
describe('statements on organisations’ rows', () => {
  let t: TestApp;
  let log: StatementLog;
  let pg: PgClient;

  beforeAll(async () => {
    t = await startTestApp();
    log = new StatementLog(t.dataSource);
    log.watch(t.app.getHttpServer());
    pg = new PgClient({ connectionString: t.databaseUrl });
    await pg.connect();
  });
  afterAll(async () => {
    await pg.end();
    await t.close();
  });

  it('finds a statement that reads or changes tenant rows without naming the organisation', async () => {
    const organizationId = '00000000-0000-4000-8000-000000000001';
    const id = '00000000-0000-4000-8000-000000000002';
    const offences = await unroutedStatements(pg, [
      { during: 'by id', text: 'SELECT * FROM app_user WHERE id = $1', values: [id] },
      {
        during: 'joined by id',
        text: 'SELECT u.id FROM app_user u JOIN team_membership m ON m.user_id = u.id WHERE m.organization_id = $1',
        values: [organizationId],
      },
      { during: 'organisation by name', text: 'SELECT id FROM organization WHERE name = $1', values: ['x'] },
      { during: 'update', text: 'UPDATE learning_goal SET title = $1 WHERE id = $2', values: ['x', id] },
      {
        during: 'either organisation',
        text: 'SELECT id FROM team WHERE (organization_id = $1 AND id = $2) OR (organization_id = $3 AND id = $2)',
        values: [organizationId, id, id],
      },
      {
        during: 'routed',
        text: `SELECT u.id, o.name FROM app_user u JOIN team_membership m ON m.organization_id = u.organization_id AND m.user_id = u.id
                 JOIN organization o ON o.id = u.organization_id WHERE u.organization_id = $1 AND u.id = $2`,
        values: [organizationId, id],
      },
      {
        during: 'deliberate',
        text: `SELECT id FROM app_user WHERE email = $1 ${ACROSS_ORGANIZATIONS} a test */`,
        values: ['a@example.nl'],
      },
    ]);
    expect(offences.map((offence) => offence.split(':')[0])).toEqual([
      'by id',
      'joined by id',
      'organisation by name',
      'update',
      'either organisation',
    ]);
  });

  it('names the organisation in every statement of a broad run of the API', async () => {
    const cast = await createCast(t);
    await createCast(t); // a second organisation, so that anything read across both has something to find
    const boss = await createUser(t, cast.organization, { roles: ['admin', 'lno'] });
    await joinTeam(t, cast.team, boss, 'manager');
    const asBoss = await signedIn(t, boss);
    const asMember = await signedIn(t, cast.member);

    const ids = await plant(asBoss, asMember, cast);
    const routes = routesOf((await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument);
    const order = ['get', 'put', 'patch', 'post', 'delete'];
    routes.sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method));
    // Signing out comes last, so that every other route is called signed in.
    const signOut = (route: Route) => route.path === '/api/v1/auth/logout';
    const answered = new Set<Route>();
    for (const route of [...routes.filter((r) => !signOut(r)), ...routes.filter(signOut)]) {
      for (const client of [asMember, asBoss]) {
        if ((await call(client, route, ids)).status < 300) answered.add(route);
      }
    }
    await publicFlows(cast.member.email, ids);
    await log.during('weekly reminder', () => t.app.get(WeeklyReminder).runDue(new Date('2026-11-24T10:00:00Z')));
    await log.during('retention', () => t.app.get(RetentionJob).runDue(new Date('2026-11-24T10:00:00Z')));
    await log.during('sign-in throttle sweep', () => t.app.get(SignInThrottleSweep).runDue());

    // Broad: nearly every route did its work for one of the two, not only refused.
    expect(answered.size).toBeGreaterThan(routes.length * 0.8);
    const offences = await unroutedStatements(pg, log.statements);
    expect(offences).toEqual([]);
  }, 120_000);

  async function plant(asBoss: Client, asMember: Client, cast: Awaited<ReturnType<typeof createCast>>) {
    const goal = (
      await asMember.post('/api/v1/goals', { title: 'Presenteren', developmentQuestion: 'Hoe?', visibility: 'shared' })
    ).body;
    const milestone = (await asMember.post(`/api/v1/goals/${goal.id}/milestones`, { title: 'Stap' })).body;
    const week = (await asMember.get('/api/v1/me/overview')).body.currentWeek as string;
    await asMember.put(
      `/api/v1/weeks/${week}`,
      weekToSave({}, { goals: [{ goalId: goal.id, hours: 1, progress: 10 }] }),
    );
    const request = (
      await asMember.post('/api/v1/learning-time/requests', {
        week,
        hours: 2,
        form: 'peer',
        purpose: 'Intervisie',
        teamId: cast.team.id,
        goalId: goal.id,
      })
    ).body;
    const session = (
      await asBoss.post(`/api/v1/teams/${cast.team.id}/sessions`, {
        kind: 'intervision',
        title: 'Intervisie',
        startsAt: '2026-12-01T14:00:00Z',
        durationMinutes: 90,
      })
    ).body;
    const learning = (await asMember.post(`/api/v1/teams/${cast.team.id}/learnings`, { body: 'Wat ik leerde' })).body;
    const invitation = (
      await asBoss.post('/api/v1/invitations', { email: 'nieuw@example.nl', roles: [], teamIds: [cast.team.id] })
    ).body;
    const [notification] = (await asBoss.get('/api/v1/notifications')).body.items;
    const feed = (await asMember.post('/api/v1/me/calendar-feed')).body.url as string;
    return {
      teams: cast.team.id,
      users: cast.member.id,
      goals: goal.id,
      'learning-time': request.id,
      notifications: notification?.id ?? goal.id,
      invitations: invitation.id,
      insights: cast.team.id,
      teamId: cast.team.id,
      goalId: goal.id,
      milestoneId: milestone.milestones[0].id,
      requestId: request.id,
      sessionId: session.id,
      learningId: learning.id,
      userId: cast.member.id,
      outsider: cast.outsider.id,
      week,
      token: invitation.acceptPath.split('/').pop(),
      calendar: new URL(feed).pathname,
    } as Record<string, string>;
  }

  function call(client: Client, route: Route, ids: Record<string, string>) {
    const resource = route.path.split('/')[3] ?? '';
    const path = route.path.replace(
      /\{(\w+)\}/g,
      (_m, name: string) => (name === 'id' ? ids[resource] : ids[name]) ?? name,
    );
    const query = route.inputs
      .filter((input) => input.in === 'query' && input.required)
      .map((input) => `${input.field}=${ids[input.field] ?? String(validValue(input.schema))}`)
      .join('&');
    const url = query ? `${path}?${query}` : path;
    const body = BODIES[`${route.method} ${route.path}`]?.(ids) ?? (route.validBody as object | undefined);
    return route.method === 'get' || route.method === 'delete'
      ? client[route.method](url)
      : client[route.method](url, body);
  }

  async function publicFlows(memberEmail: string, ids: Record<string, string>) {
    const anonymous = clientFor(t);
    await anonymous.post('/api/v1/auth/login', { email: memberEmail, password: PASSWORD });
    await anonymous.post('/api/v1/auth/login', { email: memberEmail, password: 'not the password' });
    await anonymous.post('/api/v1/auth/login', { email: 'nobody@example.nl', password: PASSWORD });
    await anonymous.post('/api/v1/auth/signup', {
      organizationName: 'Gemeente Nieuw',
      displayName: 'Nieuw',
      email: memberEmail,
      password: PASSWORD,
      locale: 'nl',
    });
    // Now the address and password open accounts in two organisations: sign-in asks which one.
    const choice = await anonymous.post('/api/v1/auth/login', { email: memberEmail, password: PASSWORD });
    const [, second] = choice.body.organizations ?? [];
    await anonymous.post('/api/v1/auth/login', { email: memberEmail, password: PASSWORD, organizationId: second?.id });
    await anonymous.get(`/api/v1/invitations/${ids.token}`);
    await anonymous.post(`/api/v1/invitations/${ids.token}/accept`, { displayName: 'Nieuw', password: PASSWORD });
    await anonymous.get(ids.calendar!);
  }
});
