import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import {
  DATA_KINDS,
  RELATIONS,
  type DataKind,
  type Relation,
  type TransparencyResponse,
} from '@vitaal/shared/transparency';
import type { SaveWeekRequest } from '@vitaal/shared/weeks';
import { Goal } from '../src/goals/goal.entity';
import { Week } from '../src/weeks/week.entity';
import { createCast, createOrganization, createTeam, createUser, signedIn, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));
const PRIVATE_TEXT = 'Wat ik voor mezelf hield';
const SHARED_TEXT = 'Wat ik wilde delen';

const week = (learned: string, shared: boolean, version = 0): SaveWeekRequest => ({
  version,
  shared,
  plan: { intentions: 'Intervisie voorbereiden', plannedHours: 3 },
  reflection: {
    learned,
    applied: '',
    hours: { workplace: 2, course: null, peer: 2, self_study: null },
    energy: 4,
    climate: 3,
    workload: 4,
    aiUsed: false,
    aiHow: '',
    obstacles: '',
    supportWanted: '',
    nextStep: '',
  },
  goals: [],
});

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

    const goal = (visibility: string) =>
      professional
        .post('/api/v1/goals', { title: `Doel ${visibility}`, developmentQuestion: 'Hoe?', visibility })
        .expect(201);
    goals = { goal_private: (await goal('private')).body.id, goal_shared: (await goal('shared')).body.id };
    // The texts of last week stay private, those of the week before are shared.
    for (const [key, text, shared] of [
      [last, PRIVATE_TEXT, false],
      [older, SHARED_TEXT, true],
    ] as const) {
      await professional.put(`/api/v1/weeks/${key}`, week(text, shared)).expect(200);
      await professional.post(`/api/v1/weeks/${key}/submit`).expect(200);
    }
    for (const colleague of [clients.teamMember, await signedIn(t, other)]) {
      await colleague.put(`/api/v1/weeks/${last}`, week('Iets', false)).expect(200);
      await colleague.post(`/api/v1/weeks/${last}/submit`).expect(200);
    }
    // One pending request per relation, so each can try to decide on one of its own.
    const asked = async () => {
      const res = await professional
        .post('/api/v1/learning-time/requests', {
          week: relative(0),
          hours: 1,
          form: 'peer',
          purpose: 'Intervisie',
          teamId,
        })
        .expect(201);
      return { id: res.body.id as string, version: res.body.version as number };
    };
    requests = {} as typeof requests;
    for (const relation of RELATIONS) requests[relation] = await asked();
    await professional.post(`/api/v1/teams/${teamId}/learnings`, { body: 'Wat ik leerde' }).expect(201);
  });
  afterAll(() => t.close());

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
