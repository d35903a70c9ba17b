import request from 'supertest';
import type { User } from '../src/users/user.entity';
import { createCast, createUser, signedIn, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'role'; roles: string[] };
interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  access?: Access;
}

/**
 * Walks every route in the OpenAPI document, so a new route cannot be left out:
 * anonymous callers get 401, people without the route's role get 403, and people of
 * another organisation get 404 for this organisation's objects.
 */
describe('authorisation matrix over every route', () => {
  let t: TestApp;
  let operations: Operation[];
  let cast: Awaited<ReturnType<typeof createCast>>;
  /** Values for path parameters: `{id}` by resource, the others by name. */
  let idByResource: Record<string, string>;
  let params: Record<string, string>;
  let clients: Record<'professional' | 'manager' | 'lno' | 'admin' | 'otherOrganization', Client>;

  /** A valid body per write route, so the 404 comes from the object and not from validation. */
  const validBodies: Record<string, object> = {
    'patch /api/v1/teams/{id}': { name: 'Renamed' },
    'post /api/v1/teams/{id}/members': { userId: '00000000-0000-4000-8000-000000000000', role: 'member' },
    'patch /api/v1/teams/{id}/members/{userId}': { role: 'manager' },
    'patch /api/v1/users/{id}': { contractHours: 20 },
    'patch /api/v1/goals/{id}': { version: 1, title: 'Taken over' },
    'post /api/v1/goals/{id}/milestones': { title: 'Extra' },
    'put /api/v1/goals/{id}/milestones/order': { milestoneIds: [] },
    'patch /api/v1/goals/{id}/milestones/{milestoneId}': { done: true },
    'patch /api/v1/learning-time/requests/{id}': { version: 1, hours: 2 },
    'post /api/v1/learning-time/requests/{id}/decision': { decision: 'approved', comment: '' },
    'post /api/v1/teams/{id}/sessions': {
      kind: 'intervision',
      title: 'Intervisie',
      startsAt: '2026-12-01T14:00:00Z',
      durationMinutes: 90,
    },
    'patch /api/v1/teams/{id}/sessions/{sessionId}': { version: 1, outcomes: 'Taken over' },
    'put /api/v1/teams/{id}/sessions/{sessionId}/attendance': { attended: true },
    'post /api/v1/teams/{id}/sessions/{sessionId}/goals': { goalId: '00000000-0000-4000-8000-000000000000' },
    'post /api/v1/teams/{id}/learnings': { body: 'Gedeeld' },
    'patch /api/v1/teams/{id}/learnings/{learningId}': { version: 1, body: 'Taken over' },
    'put /api/v1/teams/{id}/learnings/{learningId}/hidden': { hidden: true },
    'post /api/v1/teams/{id}/learnings/{learningId}/reactions': { kind: 'like' },
    'post /api/v1/teams/{id}/learnings/{learningId}/comments': { body: 'Mooi' },
    'post /api/v1/users/{id}/erasure/confirm': { token: 'not-the-token' },
  };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    const other = await createCast(t);
    const otherBoth: User = await createUser(t, other.organization, { roles: ['admin', 'lno'] });
    const invitation = await (
      await signedIn(t, cast.admin)
    )
      .post('/api/v1/invitations')
      .send({ email: 'matrix@example.nl', roles: [], teamIds: [] })
      .expect(201);
    const asMember = await signedIn(t, cast.member);
    const goal = await asMember
      .post('/api/v1/goals')
      .send({ title: 'Leren presenteren', developmentQuestion: 'Hoe?', visibility: 'shared' })
      .expect(201);
    const withMilestone = await asMember
      .post(`/api/v1/goals/${goal.body.id}/milestones`)
      .send({ title: 'Eerste stap' })
      .expect(201);
    const nextWeek = (await asMember.get('/api/v1/me/overview').expect(200)).body.currentWeek;
    const request = await asMember
      .post('/api/v1/learning-time/requests')
      .send({ week: nextWeek, hours: 2, form: 'peer', purpose: 'Intervisie', teamId: cast.team.id })
      .expect(201);
    const [notification] = (await (await signedIn(t, cast.manager)).get('/api/v1/notifications').expect(200)).body
      .items;
    idByResource = {
      teams: cast.team.id,
      users: cast.member.id,
      invitations: invitation.body.id,
      goals: goal.body.id,
      'learning-time': request.body.id,
      notifications: notification.id,
      insights: cast.team.id,
    };
    const session = await asMember
      .post(`/api/v1/teams/${cast.team.id}/sessions`)
      .send({ kind: 'intervision', title: 'Intervisie', startsAt: '2026-12-01T14:00:00Z', durationMinutes: 90 })
      .expect(201);
    const learning = await asMember
      .post(`/api/v1/teams/${cast.team.id}/learnings`)
      .send({ body: 'Wat ik leerde' })
      .expect(201);
    params = {
      sessionId: session.body.id,
      learningId: learning.body.id,
      goalId: goal.body.id,
      userId: cast.member.id,
      token: invitation.body.acceptPath.split('/').pop(),
      milestoneId: withMilestone.body.milestones[0].id,
      week: '2026-W48',
    };
    clients = {
      professional: await signedIn(t, cast.outsider),
      manager: await signedIn(t, cast.manager),
      lno: await signedIn(t, cast.lno),
      admin: await signedIn(t, cast.admin),
      otherOrganization: await signedIn(t, otherBoth),
    };
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { 'x-access'?: Access }>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method as Operation['method'],
        path,
        access: op['x-access'],
      })),
    );
  });
  afterAll(() => t.close());

  const url = (path: string) => {
    const resource = path.split('/')[3] ?? '';
    return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const value = name === 'id' ? idByResource[resource] : params[name];
      if (!value) throw new Error(`No test object for {${name}} in ${path}: add one to the matrix`);
      return value;
    });
  };
  const call = (client: Client | undefined, op: Operation) => {
    const target = url(op.path);
    const body = validBodies[`${op.method} ${op.path}`] ?? {};
    if (!client) {
      const anonymous = request(t.app.getHttpServer());
      return anonymous[op.method](target).send(op.method === 'get' ? undefined : body);
    }
    return op.method === 'get' || op.method === 'delete' ? client[op.method](target) : client[op.method](target, body);
  };

  it('finds the routes in the OpenAPI document, each with an access declaration', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((op) => !op.access).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('answers 401 to anonymous callers on every route that is not public', async () => {
    for (const op of operations.filter((o) => o.access?.kind !== 'public')) {
      const res = await call(undefined, op);
      expect({ route: `${op.method} ${op.path}`, status: res.status }).toEqual({
        route: `${op.method} ${op.path}`,
        status: 401,
      });
    }
  });

  it('answers 403 to every role a route is not for', async () => {
    const rolesOf = { professional: [], manager: [], lno: ['lno'], admin: ['admin'] } as Record<string, string[]>;
    let checked = 0;
    for (const op of operations.filter((o) => o.access?.kind === 'role')) {
      const allowed = (op.access as { roles: string[] }).roles;
      for (const [who, roles] of Object.entries(rolesOf)) {
        if (roles.some((r) => allowed.includes(r))) continue;
        const res = await call(clients[who as keyof typeof clients], op);
        expect({ route: `${op.method} ${op.path}`, who, status: res.status }).toEqual({
          route: `${op.method} ${op.path}`,
          who,
          status: 403,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("answers 404 to another organisation's admin for this organisation's objects", async () => {
    // `{week}` names one of the caller's own weeks, not an object of this organisation.
    const objectRoutes = operations.filter((o) => o.access?.kind !== 'public' && /\{(?!week\})\w+\}/.test(o.path));
    expect(objectRoutes.length).toBeGreaterThan(5);
    for (const op of objectRoutes) {
      const res = await call(clients.otherOrganization, op);
      expect({ route: `${op.method} ${op.path}`, status: res.status }).toEqual({
        route: `${op.method} ${op.path}`,
        status: 404,
      });
    }
    // And nothing was changed on the way.
    const team = (await clients.admin.get(`/api/v1/teams/${cast.team.id}`).expect(200)).body;
    expect(team).toMatchObject({ name: cast.team.name, memberCount: 2 });
    const goal = (await (await signedIn(t, cast.member)).get(`/api/v1/goals/${idByResource.goals}`).expect(200)).body;
    expect(goal).toMatchObject({ title: 'Leren presenteren', version: 1, milestones: [{ done: false }] });
  });
});
