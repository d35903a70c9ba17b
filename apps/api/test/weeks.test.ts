import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { SaveWeekRequest } from '@vitaal/shared/weeks';
import { Week } from '../src/weeks/week.entity';
import { createCast, createUser, joinTeam, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** Weeks relative to today in the organisation's zone, so the tests hold on any day. */
const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

/** Wednesday noon of a week: a moment inside it in every time zone. */
const during = (week: string) => new Date(`${isoWeekMonday(parseIsoWeek(week)!)}T12:00:00Z`).getTime() + 2 * 86_400_000;

const content = (
  overrides: Partial<SaveWeekRequest['reflection']> = {},
  rest: Partial<SaveWeekRequest> = {},
): SaveWeekRequest => ({
  version: 0,
  shared: false,
  plan: { intentions: 'Twee uur intervisie en het artikel over AI-beleid lezen', plannedHours: 4 },
  reflection: {
    learned: 'Hoe ik bezwaren rustig samenvat',
    applied: 'In het gesprek met een bewoner',
    hours: { workplace: 2, course: null, peer: 1.5, self_study: 0.5 },
    energy: 4,
    climate: 3,
    workload: 4,
    aiUsed: true,
    aiHow: 'Samenvatting van een lang rapport laten maken en gecontroleerd',
    obstacles: 'Weinig tijd door piek in aanvragen',
    supportWanted: 'Een vaste leerochtend',
    nextStep: 'Volgende week de samenvatting oefenen in het teamoverleg',
    ...overrides,
  },
  goals: [],
  ...rest,
});

describe('the Vital Week', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('plans, reflects and submits a week, and carries the next step into the next week', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const lastWeek = relative(-1);
    const empty = await me.get(`/api/v1/weeks/${lastWeek}`).expect(200);
    expect(empty.body).toMatchObject({
      week: lastWeek,
      version: 0,
      status: 'draft',
      editable: true,
      plan: { intentions: '' },
    });

    const saved = await me.put(`/api/v1/weeks/${lastWeek}`).send(content()).expect(200);
    expect(saved.body).toMatchObject({
      version: 1,
      status: 'draft',
      reflection: { hours: { workplace: 2, peer: 1.5 }, energy: 4 },
    });
    const submitted = await me.post(`/api/v1/weeks/${lastWeek}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });

    const next = await me.get(`/api/v1/weeks/${relative(0)}`).expect(200);
    expect(next.body.plan.intentions).toBe('Volgende week de samenvatting oefenen in het teamoverleg');

    const overview = await me.get('/api/v1/me/overview').expect(200);
    expect(overview.body).toMatchObject({
      currentWeek: relative(0),
      streak: 1,
      lastWeekMissing: false,
      hasActiveGoal: false,
      weeklyNormHours: 3.6,
    });
    // The account is new: its weeks start with the first one it wrote, not eleven weeks "missing" before it.
    expect(overview.body.weeks.map((w: { week: string }) => w.week)).toEqual([lastWeek, relative(0)]);
    expect(overview.body.weeks.at(-2)).toMatchObject({
      week: lastWeek,
      status: 'submitted',
      plannedHours: 4,
      actualHours: 4,
      energy: 4,
    });
  });

  it('starts a person’s weeks in the week their account was created, for them and for their managers', async () => {
    const newcomer = await createCast(t);
    const me = await signedIn(t, newcomer.member);
    expect((await me.get('/api/v1/weeks').expect(200)).body.map((w: { week: string }) => w.week)).toEqual([
      relative(0),
    ]);
    const overview = await me.get('/api/v1/me/overview').expect(200);
    expect(overview.body).toMatchObject({ lastWeekMissing: false, weeks: [{ week: relative(0), status: 'missing' }] });
    const asManager = await (
      await signedIn(t, newcomer.manager)
    )
      .get(`/api/v1/people/${newcomer.member.id}/weeks`)
      .expect(200);
    expect(asManager.body.map((w: { week: string }) => w.week)).toEqual([relative(0)]);

    // Five weeks in: five weeks behind them, and last week's reflection is missing.
    const { member } = await createCast(t, { joinedAt: new Date(during(relative(-5))) });
    const settled = await signedIn(t, member);
    const weeks = await settled.get('/api/v1/weeks').expect(200);
    expect(weeks.body.map((w: { week: string }) => w.week)).toEqual([-5, -4, -3, -2, -1, 0].map(relative));
    expect(weeks.body.every((w: { status: string }) => w.status === 'missing')).toBe(true);
    expect((await settled.get('/api/v1/me/overview').expect(200)).body.lastWeekMissing).toBe(true);
  });

  it('refuses a stale version instead of overwriting', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const week = relative(0);
    await me.put(`/api/v1/weeks/${week}`).send(content()).expect(200);
    const stale = await me
      .put(`/api/v1/weeks/${week}`)
      .send(content({ learned: 'From another tab' }))
      .expect(409);
    expect(stale.body.code).toBe('version_conflict');
    // A version no week can have is bad input, not a database error.
    const huge = await me
      .put(`/api/v1/weeks/${week}`)
      .send(content({}, { version: 2 ** 31 }))
      .expect(400);
    expect(huge.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
    expect((await me.get(`/api/v1/weeks/${week}`).expect(200)).body.reflection.learned).toBe(
      'Hoe ik bezwaren rustig samenvat',
    );
  });

  it('applies goal progress in the same transaction, and writes nothing when a goal is not yours', async () => {
    const { member, manager } = await createCast(t);
    const me = await signedIn(t, member);
    const goal = (
      await me
        .post('/api/v1/goals')
        .send({ title: 'Presenteren', developmentQuestion: 'Hoe?', status: 'active' })
        .expect(201)
    ).body;
    const foreign = (
      await (
        await signedIn(t, manager)
      )
        .post('/api/v1/goals')
        .send({ title: 'Ander doel', developmentQuestion: 'Wat?' })
        .expect(201)
    ).body;
    const week = relative(0);

    const refused = await me
      .put(`/api/v1/weeks/${week}`)
      .send(
        content(
          {},
          {
            goals: [
              { goalId: goal.id, hours: 2, progress: 40 },
              { goalId: foreign.id, hours: 1, progress: 90 },
            ],
          },
        ),
      )
      .expect(400);
    expect(refused.body.errors).toEqual([{ field: 'goals', message: 'contains a goal that is not yours' }]);
    expect((await me.get(`/api/v1/goals/${goal.id}`).expect(200)).body.progress).toBe(0);
    expect(await t.dataSource.getRepository(Week).countBy({ ownerId: member.id })).toBe(0);

    await me
      .put(`/api/v1/weeks/${week}`)
      .send(content({}, { goals: [{ goalId: goal.id, hours: 2, progress: 40 }] }))
      .expect(200);
    expect((await me.get(`/api/v1/goals/${goal.id}`).expect(200)).body).toMatchObject({ progress: 40, version: 2 });
    const history = await me.get(`/api/v1/goals/${goal.id}/weeks`).expect(200);
    expect(history.body).toEqual([{ week, hours: 2, progress: 40, submitted: false }]);
  });

  it('answers invalid scores, hours and weeks with 400 naming the fields', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const week = relative(0);
    const bad = await me
      .put(`/api/v1/weeks/${week}`)
      .send(
        content({
          energy: 6,
          climate: 0,
          workload: 2.5,
          hours: { workplace: -1, course: 2.25, peer: null, self_study: null },
        }),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'reflection.climate',
      'reflection.energy',
      'reflection.hours.course',
      'reflection.hours.workplace',
      'reflection.workload',
    ]);
    const tooMany = await me
      .put(`/api/v1/weeks/${week}`)
      .send(content({ hours: { workplace: 30, course: 20, peer: 10, self_study: 1 } }))
      .expect(400);
    expect(tooMany.body.errors).toEqual([{ field: 'reflection.hours', message: 'adds up to more than 60 hours' }]);
    const missing = await me.put(`/api/v1/weeks/${week}`).send({ version: 0, shared: false, goals: [] }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['plan', 'reflection']),
    );

    for (const key of ['2026-W54', '2025-W53', '2026-W00', '2026-48', 'W48', '1999-W52', '2101-W01', '9999-W52']) {
      const res = await me.get(`/api/v1/weeks/${key}`).expect(400);
      expect(res.body.errors).toEqual([
        { field: 'week', message: 'week must be an ISO week like 2026-W48, within 2000-W01 to 2100-W52' },
      ]);
    }
    const ahead = await me
      .put(`/api/v1/weeks/${relative(2)}`)
      .send(content())
      .expect(400);
    expect(ahead.body.errors[0].message).toMatch(/too far ahead/);
    await me
      .put(`/api/v1/weeks/${relative(1)}`)
      .send(content())
      .expect(200);
  });

  it('keeps weeks from 2000 to 2100 and lists at most 53 of them at once', async () => {
    const { member } = await createCast(t);
    // An account as old as the calendar: weeks before someone joined are not listed at all.
    await t.dataSource.query(`UPDATE app_user SET first_week = '2000-W01' WHERE id = $1`, [member.id]);
    const me = await signedIn(t, member);
    const list = async (query: string) => {
      const res = await me.get(`/api/v1/weeks?${query}`);
      return { status: res.status, weeks: res.status === 200 ? res.body.map((w: { week: string }) => w.week) : [] };
    };
    const fields = async (query: string) => (await me.get(`/api/v1/weeks?${query}`).expect(400)).body.errors;

    // The first and the last week kept answer like any other.
    expect(await list('from=2000-W01&to=2000-W02')).toEqual({ status: 200, weeks: ['2000-W01', '2000-W02'] });
    // 2099 has 53 weeks: 2099-W53 to 2100-W52 is the longest range that ends in the last week kept.
    expect((await list('from=2099-W53&to=2100-W52')).weeks).toHaveLength(53);
    expect((await list('to=2000-W05')).weeks).toEqual(['2000-W01', '2000-W02', '2000-W03', '2000-W04', '2000-W05']);
    expect((await me.get('/api/v1/weeks/2100-W52').expect(200)).body.startsOn).toBe('2100-12-27');
    expect((await me.get('/api/v1/weeks/2000-W01').expect(200)).body.editable).toBe(false);

    // Beyond them, or across more than 53 weeks, the answer is an immediate 400 naming the field.
    expect(await fields('to=9999-W52')).toEqual([expect.objectContaining({ field: 'to' })]);
    expect(await fields('from=1999-W52&to=2000-W01')).toEqual([expect.objectContaining({ field: 'from' })]);
    expect(await fields('from=2099-W52&to=2100-W52')).toEqual([
      { field: 'from', message: 'the range may span at most 53 weeks' },
    ]);
    expect(await fields('from=2000-W01&to=2100-W52')).toEqual([
      { field: 'from', message: 'the range may span at most 53 weeks' },
    ]);
    expect(await fields('from=2026-W10&to=2026-W09')).toEqual([{ field: 'from', message: 'must not be after to' }]);
  });

  it('knows week 53 and carries the next step across the year boundary', async () => {
    const { member, organization } = await createCast(t);
    await t.dataSource.getRepository(Week).insert({
      organizationId: organization.id,
      ownerId: member.id,
      weekKey: '2020-W53',
      startsOn: '2020-12-28',
      nextStep: 'Het nieuwe jaar beginnen met een leerdoel',
    });
    const me = await signedIn(t, member);
    const w53 = await me.get('/api/v1/weeks/2020-W53').expect(200);
    expect(w53.body).toMatchObject({ startsOn: '2020-12-28', editable: false, version: 1 });
    const w01 = await me.get('/api/v1/weeks/2021-W01').expect(200);
    expect(w01.body).toMatchObject({
      startsOn: '2021-01-04',
      version: 0,
      plan: { intentions: 'Het nieuwe jaar beginnen met een leerdoel' },
    });
  });

  it('closes a week for changes when the edit window has passed', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    await me
      .put(`/api/v1/weeks/${relative(-2)}`)
      .send(content())
      .expect(200);
    const closed = await me
      .put(`/api/v1/weeks/${relative(-3)}`)
      .send(content())
      .expect(409);
    expect(closed.body.code).toBe('week_closed');
    expect((await me.get(`/api/v1/weeks/${relative(-3)}`).expect(200)).body.editable).toBe(false);
  });

  it('asks for scores and hours before a week can be submitted', async () => {
    const { member } = await createCast(t);
    const me = await signedIn(t, member);
    const week = relative(0);
    await me.post(`/api/v1/weeks/${week}/submit`).expect(400);
    await me
      .put(`/api/v1/weeks/${week}`)
      .send(content({ energy: null, hours: { workplace: null, course: null, peer: null, self_study: null } }))
      .expect(200);
    const res = await me.post(`/api/v1/weeks/${week}/submit`).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['reflection.energy', 'reflection.hours']);
  });

  it('shows managers submitted weeks and hours, L&O staff only shared texts, and nobody the scores', async () => {
    const { organization, member, manager, lno, admin, team } = await createCast(t);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const me = await signedIn(t, member);
    await me
      .put(`/api/v1/weeks/${relative(-1)}`)
      .send(content({}, { shared: true }))
      .expect(200);
    await me.post(`/api/v1/weeks/${relative(-1)}/submit`).expect(200);
    await me
      .put(`/api/v1/weeks/${relative(0)}`)
      .send(content({ learned: 'Niet gedeeld' }))
      .expect(200);
    await me.post(`/api/v1/weeks/${relative(0)}/submit`).expect(200);

    const shared = expect.objectContaining({ learned: 'Hoe ik bezwaren rustig samenvat' });
    const asManager = await (
      await signedIn(t, manager)
    )
      .get(`/api/v1/people/${member.id}/weeks?from=${relative(-1)}&to=${relative(0)}`)
      .expect(200);
    expect(asManager.body).toEqual([
      { week: relative(-1), submitted: true, plannedHours: 4, actualHours: 4, texts: shared },
      { week: relative(0), submitted: true, plannedHours: 4, actualHours: 4, texts: null },
    ]);
    // L&O staff see submissions and hours only aggregated, in team figures.
    const asLno = await (
      await signedIn(t, lno)
    )
      .get(`/api/v1/people/${member.id}/weeks?from=${relative(-1)}&to=${relative(0)}`)
      .expect(200);
    expect(asLno.body).toEqual([
      { week: relative(-1), submitted: null, plannedHours: null, actualHours: null, texts: shared },
      { week: relative(0), submitted: null, plannedHours: null, actualHours: null, texts: null },
    ]);
    for (const res of [asManager, asLno])
      expect(JSON.stringify(res.body)).not.toMatch(/energy|climate|workload|Niet gedeeld/);
    for (const stranger of [admin, peer]) {
      await (await signedIn(t, stranger)).get(`/api/v1/people/${member.id}/weeks`).expect(404);
    }
    const other = await createCast(t);
    await (await signedIn(t, other.lno)).get(`/api/v1/people/${member.id}/weeks`).expect(404);
  });
});
