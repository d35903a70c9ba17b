import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import {
  DATA_KINDS,
  RELATIONS,
  type AccessLevel,
  type DataKind,
  type Relation,
  type TransparencyResponse,
} from '@vitaal/shared/transparency';
import type { SaveWeekRequest } from '@vitaal/shared/weeks';
import { Goal } from '../src/goals/goal.entity';
import { WHO_SEES_WHAT } from '../src/access/who-sees-what';
import { Week } from '../src/weeks/week.entity';
import {
  createCast,
  createOrganization,
  createTeam,
  createUser,
  signedIn,
  weekToSave,
  type Client,
} from './support/factories';
import { answerSchema, operationsOf, schemasWithin, type OpenApiDocument } from './support/openapi-document';
import { ROUTES, type Planted, type Prober, type RouteClass } from './support/person-data-routes';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));
const PRIVATE_TEXT = 'Wat ik voor mezelf hield';
const SHARED_TEXT = 'Wat ik wilde delen';

/**
 * What the professional keeps in Vitaal, each kind recognisable wherever a route returns it: texts
 * nobody else writes, hours nobody else has (and no average of the team's comes to), and scores
 * nobody else gives.
 */
const MARKS = {
  goalPrivate: 'Eigen doel kx41',
  goalShared: 'Gedeeld doel mv93',
  requestPurpose: 'Intervisie rq58',
  sessionTitle: 'Casusbespreking ts77',
  learningBody: 'Wat ik leerde tl26',
  hours: { planned: 4.3, workplace: 2.9, peer: 3.4, total: 6.3, goal: 1.9 },
  scores: { energy: 2, climate: 5, workload: 1 },
};
/** The professional's hours as a number in JSON, or in a Dutch CSV or page (decimal comma). */
const hoursIn = (decimal: string) =>
  new RegExp(
    `(?<![\\d.,])(${Object.values(MARKS.hours)
      .map((hours) => String(hours).replace('.', decimal))
      .join('|')})(?![\\d]|[.,]\\d)`,
  );
const HOURS = { json: hoursIn('\\.'), text: hoursIn('[.,]') };

const week = (
  learned: string,
  shared: boolean,
  version = 0,
  {
    plannedHours = 3,
    goals = [],
    ...reflection
  }: Partial<SaveWeekRequest['reflection']> & { plannedHours?: number; goals?: SaveWeekRequest['goals'] } = {},
): SaveWeekRequest =>
  weekToSave(
    {
      learned,
      hours: { workplace: 2, course: null, peer: 2, self_study: null },
      energy: 4,
      workload: 4,
      ...reflection,
    },
    { version, shared, goals, plan: { intentions: 'Intervisie voorbereiden', plannedHours } },
  );

/** What a probe found someone may do with one kind of the professional's data. */
interface Found {
  read: boolean;
  write: boolean;
  decide?: boolean;
  aggregate?: boolean;
}
const levelOf = ({ read, write, decide, aggregate }: Found) =>
  write
    ? read
      ? 'read_write'
      : 'write without read'
    : decide
      ? read
        ? 'read_decide'
        : 'decide without read'
      : read
        ? 'read'
        : aggregate
          ? 'aggregate'
          : 'none';

/** Every kind of the professional's data that an answer holds. */
function kindsIn(text: string, type: string, json: unknown, planted: Planted): Set<DataKind> {
  const found = new Set<DataKind>();
  const marks: [DataKind, string][] = [
    ['goal_private', MARKS.goalPrivate],
    ['goal_shared', MARKS.goalShared],
    ['week_texts_private', PRIVATE_TEXT],
    ['week_texts_shared', SHARED_TEXT],
    ['learning_time_request', MARKS.requestPurpose],
    ['team_learning', MARKS.sessionTitle],
    ['team_learning', MARKS.learningBody],
    ...planted.requestIds.map((id): [DataKind, string] => ['learning_time_request', id]),
  ];
  for (const [kind, mark] of marks) if (text.includes(mark)) found.add(kind);
  if ((type.includes('json') ? HOURS.json : HOURS.text).test(text)) found.add('week_status');
  const hasScores = (value: unknown): boolean =>
    typeof value === 'object' && value !== null
      ? Object.entries(MARKS.scores).every(([key, score]) => (value as Record<string, unknown>)[key] === score) ||
        Object.values(value).some(hasScores)
      : false;
  if (hasScores(json)) found.add('week_scores');
  return found;
}

const READS: readonly AccessLevel[] = ['read', 'read_write', 'read_decide'];

/**
 * The transparency table is the access policy's own; this test checks it against what the API
 * does: for every cell, a real person in that relation to a professional with data of that kind
 * tries to read, aggregate, decide on and change it.
 */
describe('transparency: who may see what', () => {
  let t: TestApp;
  let clients: Record<Relation, Client>;
  let professional: Client;
  let professionalId: string;
  let teamId: string;
  let goals: Record<'goal_private' | 'goal_shared', string>;
  let requests: Record<Relation, { id: string; version: number }>;
  let planted: Planted;
  let probers: Record<Prober, Client>;
  const [older, last] = [relative(-2), relative(-1)];

  beforeAll(async () => {
    t = await startTestApp();
    // A team large enough for averages at the smallest minimum group size.
    const organization = await createOrganization(t, { minGroupSize: 3 });
    const person = (roles: ('admin' | 'lno')[] = []) => createUser(t, organization, { roles });
    const [owner, member, other, manager, lno, admin] = await Promise.all([
      person(),
      person(),
      person(),
      person(),
      person(['lno']),
      person(['admin']),
    ]);
    const team = await createTeam(t, organization, [
      [owner, 'member'],
      [member, 'member'],
      [other, 'member'],
      [manager, 'manager'],
    ]);
    teamId = team.id;
    professionalId = owner.id;
    clients = {
      owner: await signedIn(t, owner),
      teamMember: await signedIn(t, member),
      teamManager: await signedIn(t, manager),
      lno: await signedIn(t, lno),
      admin: await signedIn(t, admin),
    };
    professional = clients.owner;

    const goal = (title: string, visibility: string) =>
      professional.post('/api/v1/goals', { title, developmentQuestion: 'Hoe?', visibility }).expect(201);
    goals = {
      goal_private: (await goal(MARKS.goalPrivate, 'private')).body.id,
      goal_shared: (await goal(MARKS.goalShared, 'shared')).body.id,
    };
    // The texts of last week stay private, those of the week before are shared; both worked on both goals.
    const { hours, scores } = MARKS;
    for (const [key, text, shared] of [
      [last, PRIVATE_TEXT, false],
      [older, SHARED_TEXT, true],
    ] as const) {
      await professional
        .put(
          `/api/v1/weeks/${key}`,
          week(text, shared, 0, {
            plannedHours: hours.planned,
            hours: { workplace: hours.workplace, course: null, peer: hours.peer, self_study: null },
            ...scores,
            goals: Object.values(goals).map((goalId) => ({ goalId, hours: hours.goal, progress: 40 })),
          }),
        )
        .expect(200);
      await professional.post(`/api/v1/weeks/${key}/submit`).expect(200);
    }
    for (const colleague of [clients.teamMember, await signedIn(t, other)]) {
      await colleague.put(`/api/v1/weeks/${last}`, week('Iets', false)).expect(200);
      await colleague.post(`/api/v1/weeks/${last}/submit`).expect(200);
    }
    // One pending request per relation, so each can try to decide on one of its own.
    requests = {} as typeof requests;
    for (const relation of RELATIONS) requests[relation] = await asked();
    await professional.post(`/api/v1/teams/${teamId}/learnings`, { body: MARKS.learningBody }).expect(201);
    await plantTheRest(organization.id);
  });

  /** What only the route walk needs: an approved request, a session with both goals, feeds, an invitation. */
  async function plantTheRest(organizationId: string) {
    const approved = (await asked()).id;
    await clients.teamManager
      .post(`/api/v1/learning-time/requests/${approved}/decision`, { decision: 'approved', comment: '' })
      .expect(200);
    const session = (
      await professional
        .post(`/api/v1/teams/${teamId}/sessions`, {
          kind: 'intervision',
          title: MARKS.sessionTitle,
          startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
          durationMinutes: 60,
        })
        .expect(201)
    ).body;
    await professional.put(`/api/v1/teams/${teamId}/sessions/${session.id}/attendance`, { attended: true }).expect(200);
    for (const goalId of Object.values(goals))
      await professional.post(`/api/v1/teams/${teamId}/sessions/${session.id}/goals`, { goalId }).expect(201);

    // Someone of another organisation, with every role there.
    const elsewhere = await createOrganization(t);
    const stranger = await createUser(t, elsewhere, { roles: ['admin', 'lno'] });
    await createTeam(t, elsewhere, [[stranger, 'manager']]);
    probers = { ...clients, otherOrg: await signedIn(t, stranger) };

    const calendarTokens = {} as Record<Prober, string>;
    for (const [prober, client] of Object.entries(probers) as [Prober, Client][]) {
      const { url } = (await client.post('/api/v1/me/calendar-feed').expect(200)).body as { url: string };
      calendarTokens[prober] = /calendar\/([^/]+)\.ics$/.exec(url)?.[1] ?? '';
    }
    const invitation = await clients.admin
      .post('/api/v1/invitations', { email: `invited-${organizationId}@example.nl`, roles: [], teamIds: [teamId] })
      .expect(201);
    planted = {
      professionalId,
      teamId,
      goalIds: Object.values(goals),
      requestIds: [...Object.values(requests).map((request) => request.id), approved],
      sessionId: session.id,
      from: older,
      to: last,
      invitationToken: String(invitation.body.acceptPath).split('/').pop() ?? '',
      calendarTokens,
    };
  }
  afterAll(() => t.close());

  const asked = async () => {
    const res = await professional
      .post('/api/v1/learning-time/requests', {
        week: relative(0),
        hours: 1,
        form: 'peer',
        purpose: MARKS.requestPurpose,
        teamId,
      })
      .expect(201);
    return { id: res.body.id as string, version: res.body.version as number };
  };

  /** The professional's weeks as this person gets them: their own pages, or the page about them. */
  const weeksSeenBy = async (relation: Relation) => {
    if (relation === 'owner') {
      const own = await Promise.all([last, older].map((key) => professional.get(`/api/v1/weeks/${key}`).expect(200)));
      return JSON.stringify(own.map((res) => res.body));
    }
    const res = await clients[relation].get(`/api/v1/people/${professionalId}/weeks?from=${older}&to=${last}`);
    return res.status === 200 ? JSON.stringify(res.body) : '';
  };

  /** The team dashboard as this person gets it, or null. */
  const dashboardFor = async (relation: Relation) => {
    const res = await clients[relation].get(`/api/v1/insights/teams/${teamId}?weeks=2`);
    return res.status === 200 ? res.body : null;
  };

  /** Saving a week only ever reaches the caller's own; whether it reached the professional's shows in the database. */
  const changesWeeks = async (relation: Relation) => {
    const before = await t.dataSource.getRepository(Week).findOneByOrFail({ ownerId: professionalId, weekKey: last });
    await clients[relation].put(`/api/v1/weeks/${last}`, week(`Door ${relation}`, false, before.version));
    const after = await t.dataSource.getRepository(Week).findOneByOrFail({ ownerId: professionalId, weekKey: last });
    return after.learned === `Door ${relation}`;
  };

  const changesGoal = async (relation: Relation, id: string) => {
    const { version } = await t.dataSource.getRepository(Goal).findOneByOrFail({ id });
    await clients[relation].patch(`/api/v1/goals/${id}`, { version, title: `Door ${relation}` });
    return (await t.dataSource.getRepository(Goal).findOneByOrFail({ id })).title === `Door ${relation}`;
  };

  /** Everything this person can do with each kind of the professional's data. */
  async function probe(relation: Relation): Promise<Record<DataKind, Found>> {
    const client = clients[relation];
    const weeks = await weeksSeenBy(relation);
    const dashboard = await dashboardFor(relation);
    const lastWeek = dashboard?.weeks.find((row: { week: string }) => row.week === last);
    const goalCount = dashboard?.goalsByStatus
      ? Object.values(dashboard.goalsByStatus as Record<string, number>).reduce((a, b) => a + b, 0)
      : 0;
    const readsGoal = async (id: string) => (await client.get(`/api/v1/goals/${id}`)).status === 200;
    const request = requests[relation];
    const readsRequest = (await client.get(`/api/v1/learning-time/requests/${request.id}`)).status === 200;
    const decides =
      (
        await client.post(`/api/v1/learning-time/requests/${request.id}/decision`, {
          decision: 'approved',
          comment: '',
        })
      ).status === 200;
    const changesRequest =
      (await client.patch(`/api/v1/learning-time/requests/${request.id}`, { version: request.version, hours: 2 }))
        .status === 200;
    const readsTeamLearning = (await client.get(`/api/v1/teams/${teamId}/learnings`)).status === 200;
    const writesTeamLearning =
      (await client.post(`/api/v1/teams/${teamId}/learnings`, { body: `Door ${relation}` })).status === 201;

    const found: Record<DataKind, Found> = {
      goal_private: { read: await readsGoal(goals.goal_private), write: false, aggregate: goalCount === 2 },
      goal_shared: { read: await readsGoal(goals.goal_shared), write: false, aggregate: goalCount >= 1 },
      week_texts_private: { read: weeks.includes(PRIVATE_TEXT), write: false },
      week_texts_shared: { read: weeks.includes(SHARED_TEXT), write: false },
      week_status: {
        read: relation === 'owner' ? weeks.includes('"status":"submitted"') : weeks.includes('"submitted":true'),
        write: false,
        aggregate: typeof lastWeek?.reflectionsSubmittedPct === 'number',
      },
      week_scores: {
        read: weeks.includes('"energy"'),
        write: false,
        aggregate: typeof lastWeek?.energy.value === 'number',
      },
      learning_time_request: { read: readsRequest, write: changesRequest, decide: decides },
      team_learning: { read: readsTeamLearning, write: writesTeamLearning },
    };
    // Changes last: they alter what the reads above looked at.
    const weeksChanged = await changesWeeks(relation);
    for (const kind of ['week_texts_private', 'week_texts_shared', 'week_status', 'week_scores'] as const)
      found[kind].write = weeksChanged;
    found.goal_private.write = await changesGoal(relation, goals.goal_private);
    found.goal_shared.write = await changesGoal(relation, goals.goal_shared);
    return found;
  }

  /** What a GET route shows each prober that the table does not give them; and whether it was reached at all. */
  async function probeRoute(route: string, routeClass: Extract<RouteClass, { urls: unknown }>): Promise<string[]> {
    const declared: readonly DataKind[] = 'returns' in routeClass ? routeClass.returns : [];
    const excepted = 'returns' in routeClass ? routeClass.exception?.relation : undefined;
    const problems: string[] = [];
    const foundAtAll = new Set<DataKind>();
    let reached = false;
    for (const prober of Object.keys(probers) as Prober[]) {
      for (const url of routeClass.urls(planted, prober)) {
        const res = await probers[prober].get(url);
        if (res.status !== 200) continue;
        reached = true;
        for (const kind of kindsIn(res.text ?? '', String(res.headers['content-type']), res.body, planted)) {
          foundAtAll.add(kind);
          if (!declared.includes(kind)) problems.push(`${route}: as ${prober}, returns ${kind}, not declared`);
          else if (prober === 'otherOrg') problems.push(`${route}: another organisation reads ${kind}`);
          else if (!READS.includes(WHO_SEES_WHAT[kind][prober]) && excepted !== prober)
            problems.push(`${route}: ${prober} reads ${kind} (the table: ${WHO_SEES_WHAT[kind][prober]})`);
        }
      }
    }
    // A probe that reaches nothing, or a kind declared but never seen, would make this test blind.
    if (!reached) problems.push(`${route}: no URL of its own answered 200 to anyone`);
    for (const kind of declared)
      if (!foundAtAll.has(kind)) problems.push(`${route}: declares ${kind}, which nobody found there`);
    return problems;
  }

  it('reaches every route that answers with a body, and no route shows anyone more than the table gives', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const operations = operationsOf(doc);
    const answering = operations.filter(({ route, operation }) => route.startsWith('GET ') || answerSchema(operation));
    const problems: string[] = [];
    for (const route of Object.keys(ROUTES))
      if (!answering.some((operation) => operation.route === route)) problems.push(`${route}: classified, not served`);

    for (const { route, operation } of answering) {
      const routeClass = ROUTES[route];
      if (!routeClass) problems.push(`${route}: not classified in test/support/person-data-routes.ts`);
      else if ('answersLike' in routeClass) {
        // The write's answer is a part of what the GET route answers, which is probed.
        const like = operations.find((candidate) => candidate.route === routeClass.answersLike);
        const answer = answerSchema(operation);
        if (!like || !answer || !schemasWithin(doc, answerSchema(like.operation)).has(answer))
          problems.push(`${route}: answers with ${answer}, which ${routeClass.answersLike} does not`);
      } else if ('urls' in routeClass) problems.push(...(await probeRoute(route, routeClass)));
    }
    expect([...new Set(problems)]).toEqual([]);
  }, 60_000);

  it('serves the table that the API enforces, cell by cell', async () => {
    const served: TransparencyResponse = (await professional.get('/api/v1/transparency').expect(200)).body;
    expect(served.rows.map((row) => row.kind)).toEqual([...DATA_KINDS]);

    // The owner goes last: their changes would alter what the others find.
    const found = {} as Record<Relation, Record<DataKind, Found>>;
    for (const relation of ['teamMember', 'teamManager', 'lno', 'admin', 'owner'] as const)
      found[relation] = await probe(relation);
    const enforced = DATA_KINDS.map((kind) => ({
      kind,
      access: Object.fromEntries(RELATIONS.map((relation) => [relation, levelOf(found[relation][kind])])),
    }));
    expect(enforced).toEqual(served.rows);
  });

  it('shows everyone their own organisation’s settings', async () => {
    const other = await createCast(t);
    const answers = await Promise.all(
      [clients.owner, clients.admin, await signedIn(t, other.member)].map(
        async (client) => (await client.get('/api/v1/transparency').expect(200)).body.organization,
      ),
    );
    expect(answers[0]).toMatchObject({ minGroupSize: 3, reflectionEditWindowDays: 14, retentionMonths: 24 });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toMatchObject({ name: other.organization.name, minGroupSize: 5 });
  });

  it('is only for people who are signed in', async () => {
    const res = await t.http().get('/api/v1/transparency').expect(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
