import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { createCast, createUser, emptyWeek, joinTeam, signedIn, weekToSave, type Client } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

describe('learning goals', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const goal = {
    title: 'Beter leren presenteren',
    developmentQuestion: 'Hoe breng ik beleid helder over aan bewoners?',
    challenges: ['qualification'],
    careerCompetencies: ['qualities'],
  };

  it('lets a professional create, edit and close their goal along the allowed statuses', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const created = await me
      .post('/api/v1/goals')
      .send({ ...goal, competences: ['presenteren'], targetDate: '2027-03-31' })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      visibility: 'private',
      progress: 0,
      version: 1,
      ownerId: member.id,
      targetDate: '2027-03-31',
    });
    const id = created.body.id;

    const active = await me
      .patch(`/api/v1/goals/${id}`)
      .send({ version: 1, status: 'active', progress: 20 })
      .expect(200);
    expect(active.body).toMatchObject({ status: 'active', progress: 20, version: 2 });
    const jump = await me.patch(`/api/v1/goals/${id}`).send({ version: 2, status: 'draft' }).expect(400);
    expect(jump.body).toMatchObject({ code: 'invalid_transition', errors: [{ field: 'status' }] });
    const stale = await me.patch(`/api/v1/goals/${id}`).send({ version: 1, title: 'Overwritten' }).expect(409);
    expect(stale.body.code).toBe('version_conflict');
    await me.patch(`/api/v1/goals/${id}`).send({ version: 2, status: 'achieved', progress: 100 }).expect(200);

    const list = await me.get('/api/v1/goals?status=achieved').expect(200);
    expect(list.body.map((g: { id: string }) => g.id)).toEqual([id]);
    expect((await me.get('/api/v1/goals?status=active').expect(200)).body).toEqual([]);
  });

  it('keeps a person to 200 goals, so the list of them is always complete', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    await t.dataSource.query(
      `INSERT INTO learning_goal (organization_id, owner_id, title, development_question)
       SELECT organization_id, id, 'Doel ' || n, '?' FROM app_user, generate_series(1, 199) n WHERE id = $1`,
      [member.id],
    );
    await me.post('/api/v1/goals').send(goal).expect(201);
    const refused = await me.post('/api/v1/goals').send(goal).expect(409);
    expect(refused.body.code).toBe('goal_limit');
    expect((await me.get('/api/v1/goals').expect(200)).body).toHaveLength(200);
  });

  it('refuses bad input field by field', async () => {
    const { member } = await createCast(t);
    const res = await (
      await signedIn(t, member)
    )
      .post('/api/v1/goals')
      .send({
        title: '',
        developmentQuestion: 'x',
        challenges: ['world_peace'],
        targetDate: '31-03-2027',
        status: 'achieved',
      })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'challenges',
      'status',
      'targetDate',
      'title',
    ]);
  });

  it('adds, ticks off, reorders and removes milestones', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const { id } = (await me.post('/api/v1/goals').send(goal).expect(201)).body;
    await me.post(`/api/v1/goals/${id}/milestones`).send({ title: 'Cursus volgen' }).expect(201);
    await me.post(`/api/v1/goals/${id}/milestones`).send({ title: 'Oefenen in teamoverleg' }).expect(201);
    const three = (
      await me.post(`/api/v1/goals/${id}/milestones`).send({ title: 'Presentatie voor de raad' }).expect(201)
    ).body;
    const [first, second, third] = three.milestones;

    const ticked = await me.patch(`/api/v1/goals/${id}/milestones/${first.id}`).send({ done: true }).expect(200);
    expect(ticked.body.milestones[0]).toMatchObject({
      done: true,
      doneOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    const reordered = await me
      .put(`/api/v1/goals/${id}/milestones/order`)
      .send({ milestoneIds: [third.id, first.id, second.id] })
      .expect(200);
    expect(reordered.body.milestones.map((m: { title: string }) => m.title)).toEqual([
      'Presentatie voor de raad',
      'Cursus volgen',
      'Oefenen in teamoverleg',
    ]);
    await me
      .put(`/api/v1/goals/${id}/milestones/order`)
      .send({ milestoneIds: [third.id, first.id] })
      .expect(400);

    const removed = await me.delete(`/api/v1/goals/${id}/milestones/${second.id}`).expect(200);
    expect(removed.body.milestones).toHaveLength(2);
  });

  it('keeps a goal at 100 milestones, all of which can still be reordered at once', async () => {
    const { member, organization } = await createCast(t);
    const me = await signedIn(t, member);
    const { id } = (await me.post('/api/v1/goals').send(goal).expect(201)).body;
    await t.dataSource.query(
      `INSERT INTO goal_milestone (organization_id, goal_id, title, position)
       SELECT $1, $2, 'Stap ' || n, n FROM generate_series(1, 99) AS n`,
      [organization.id, id],
    );
    const full = (await me.post(`/api/v1/goals/${id}/milestones`).send({ title: 'De honderdste' }).expect(201)).body;
    expect(full.milestones).toHaveLength(100);
    const refused = await me.post(`/api/v1/goals/${id}/milestones`).send({ title: 'Nog één' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'milestones', message: 'a goal has at most 100 milestones' }]);
    const reversed = full.milestones.map((m: { id: string }) => m.id).reverse();
    const reordered = await me.put(`/api/v1/goals/${id}/milestones/order`).send({ milestoneIds: reversed }).expect(200);
    expect(reordered.body.milestones[0].title).toBe('De honderdste');
  });

  it('takes the progress of a goal with milestones from the milestones done, and from the owner otherwise', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const { id } = (await me.post('/api/v1/goals').send(goal).expect(201)).body;
    await me.patch(`/api/v1/goals/${id}`).send({ version: 1, progress: 63 }).expect(200);
    const ids = [];
    for (const title of ['Cursus', 'Oefenen', 'Presenteren'])
      ids.push((await me.post(`/api/v1/goals/${id}/milestones`).send({ title }).expect(201)).body.milestones.at(-1).id);
    expect((await me.get(`/api/v1/goals/${id}`).expect(200)).body.progress).toBe(0);

    await me.patch(`/api/v1/goals/${id}/milestones/${ids[0]}`).send({ done: true }).expect(200);
    const two = (await me.patch(`/api/v1/goals/${id}/milestones/${ids[1]}`).send({ done: true }).expect(200)).body;
    expect(two.progress).toBe(67);

    // Neither the slider nor a week's reflection overrides it.
    const refused = await me.patch(`/api/v1/goals/${id}`).send({ version: two.version, progress: 90 }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'progress', message: 'follows the milestones of this goal; tick them off instead' },
    ]);
    const week = formatIsoWeek(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!);
    await me
      .put(`/api/v1/weeks/${week}`)
      .send(emptyWeek({}, { goals: [{ goalId: id, hours: 1, progress: 90 }] }))
      .expect(200);
    expect((await me.get(`/api/v1/goals/${id}`).expect(200)).body.progress).toBe(67);

    const one = (await me.delete(`/api/v1/goals/${id}/milestones/${ids[2]}`).expect(200)).body;
    expect(one.progress).toBe(100);
    await me.delete(`/api/v1/goals/${id}/milestones/${ids[0]}`).expect(200);
    const none = (await me.delete(`/api/v1/goals/${id}/milestones/${ids[1]}`).expect(200)).body;
    // Without milestones the last figure stays, and the owner sets it again.
    expect(none.progress).toBe(100);
    await me.patch(`/api/v1/goals/${id}`).send({ version: none.version, progress: 80 }).expect(200);
  });

  it('shows a shared goal to the managers of the owner and to L&O staff, read-only, and a private goal to nobody', async () => {
    const { member, manager, lno, admin, outsider } = await createCast(t);
    const me = await signedIn(t, member);
    const shared = (
      await me
        .post('/api/v1/goals')
        .send({ ...goal, visibility: 'shared' })
        .expect(201)
    ).body;
    const secret = (
      await me
        .post('/api/v1/goals')
        .send({ ...goal, title: 'Privé' })
        .expect(201)
    ).body;

    for (const reader of [manager, lno]) {
      const client = await signedIn(t, reader);
      await client.get(`/api/v1/goals/${shared.id}`).expect(200);
      await client.patch(`/api/v1/goals/${shared.id}`).send({ version: 1, title: 'Changed' }).expect(403);
      await client.get(`/api/v1/goals/${secret.id}`).expect(404);
      const list = await client.get(`/api/v1/people/${member.id}/goals`).expect(200);
      expect(list.body.map((g: { id: string }) => g.id)).toEqual([shared.id]);
    }
    for (const stranger of [admin, outsider]) {
      const client = await signedIn(t, stranger);
      await client.get(`/api/v1/goals/${shared.id}`).expect(404);
      await client.get(`/api/v1/people/${member.id}/goals`).expect(404);
    }
  });

  it('keeps a shared goal from fellow team members who do not manage the team', async () => {
    const { organization, member, team } = await createCast(t);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const shared = (
      await (
        await signedIn(t, member)
      )
        .post('/api/v1/goals')
        .send({ ...goal, visibility: 'shared' })
        .expect(201)
    ).body;
    await (await signedIn(t, peer)).get(`/api/v1/goals/${shared.id}`).expect(404);
  });

  it('shows others a shared goal’s history only for the weeks the owner shared, with hours for managers only', async () => {
    const { member, manager, lno } = await createCast(t);
    const me = await signedIn(t, member);
    const shared = (
      await me
        .post('/api/v1/goals')
        .send({ ...goal, visibility: 'shared' })
        .expect(201)
    ).body;
    const workOn = async (client: Client, week: string, sharedWeek: boolean, hours: number, progress: number) => {
      await client
        .put(`/api/v1/weeks/${week}`)
        .send(
          weekToSave(
            { hours: { workplace: hours, course: null, peer: null, self_study: null } },
            { shared: sharedWeek, goals: [{ goalId: shared.id, hours, progress }] },
          ),
        )
        .expect(200);
      await client.post(`/api/v1/weeks/${week}/submit`).expect(200);
    };
    await workOn(me, relative(-2), true, 2, 30);
    await workOn(me, relative(-1), false, 3, 50);

    const historyFor = async (client: Client) =>
      (await client.get(`/api/v1/goals/${shared.id}/weeks`).expect(200)).body;
    expect(await historyFor(me)).toEqual([
      { week: relative(-2), hours: 2, progress: 30, submitted: true },
      { week: relative(-1), hours: 3, progress: 50, submitted: true },
    ]);
    expect(await historyFor(await signedIn(t, manager))).toEqual([
      { week: relative(-2), hours: 2, progress: 30, submitted: true },
    ]);
    // L&O staff see week status only in team figures (docs/privacy.md).
    expect(await historyFor(await signedIn(t, lno))).toEqual([
      { week: relative(-2), hours: null, progress: 30, submitted: null },
    ]);
  });
});
