import { stringify } from 'csv-stringify/sync';
import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { Goal } from '../src/goals/goal.entity';
import { LearningTimeRequest } from '../src/learning-time/learning-time-request.entity';
import { Organization } from '../src/organizations/organization.entity';
import { SharedLearning } from '../src/team-learning/shared-learning.entity';
import { TeamSession } from '../src/team-learning/team-session.entity';
import type { User } from '../src/users/user.entity';
import { Week } from '../src/weeks/week.entity';
import { createOrganization, createTeam, createUser, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

describe('insights', () => {
  let t: TestApp;
  let people: Record<'lno' | 'manager' | 'p1' | 'p2' | 'p3' | 's1' | 's2' | 'outsider', User>;
  let big: { id: string };
  let small: { id: string };
  const [w1, w0] = [relative(-1), relative(0)];

  const week = (owner: User, weekKey: string, values: Partial<Week>) =>
    t.dataSource.getRepository(Week).insert({
      organizationId: owner.organizationId,
      ownerId: owner.id,
      weekKey,
      startsOn: isoWeekMonday(parseIsoWeek(weekKey)!),
      ...values,
    });
  const submitted = (values: Partial<Week>) => ({ status: 'submitted' as const, intentions: 'Plan', ...values });

  beforeAll(async () => {
    t = await startTestApp();
    const organization = await createOrganization(t, { minGroupSize: 3 } as Partial<Organization>);
    const person = (roles: ('lno' | 'admin')[] = []) => createUser(t, organization, { roles });
    people = {
      lno: await person(['lno']),
      manager: await person(),
      p1: await person(),
      p2: await person(),
      p3: await person(),
      s1: await person(),
      s2: await person(),
      outsider: await person(),
    };
    big = await createTeam(
      t,
      organization,
      [
        [people.manager, 'manager'],
        [people.p1, 'member'],
        [people.p2, 'member'],
        [people.p3, 'member'],
      ],
      { name: 'Groot' },
    );
    small = await createTeam(
      t,
      organization,
      [
        [people.s1, 'member'],
        [people.s2, 'member'],
      ],
      { name: 'Klein' },
    );

    await week(
      people.p1,
      w1,
      submitted({ energy: 4, climate: 3, workload: 2, aiUsed: true, hoursWorkplace: 2, plannedHours: 2 }),
    );
    await week(
      people.p2,
      w1,
      submitted({ energy: 2, climate: 5, workload: 4, aiUsed: false, hoursCourse: 3, plannedHours: 3 }),
    );
    await week(people.p3, w1, submitted({ energy: 3, climate: 4, workload: 3, aiUsed: true, hoursPeer: 1 }));
    await week(people.manager, w1, { intentions: 'Alleen een plan', plannedHours: 2 });
    await week(people.p1, w0, submitted({ energy: 5, climate: 5, workload: 5, aiUsed: true, hoursWorkplace: 1 }));
    await week(people.s1, w1, submitted({ energy: 1, climate: 1, workload: 5, aiUsed: true, hoursWorkplace: 4 }));
    await week(people.s2, w1, submitted({ energy: 5, climate: 5, workload: 1, aiUsed: false, hoursWorkplace: 2 }));

    // Activity, so that every column of the totals has something to add up.
    const request = (
      requester: User,
      team: { id: string },
      weekKey: string,
      hours: number,
      status: LearningTimeRequest['status'],
    ) =>
      t.dataSource.getRepository(LearningTimeRequest).insert({
        organizationId: organization.id,
        requesterId: requester.id,
        teamId: team.id,
        weekKey,
        hours,
        form: 'course',
        purpose: 'Cursus',
        status,
      });
    await request(people.p1, big, w1, 2.5, 'approved');
    await request(people.p2, big, w0, 4, 'pending');
    await request(people.s1, small, w0, 1, 'approved');
    await t.dataSource.getRepository(TeamSession).insert({
      organizationId: organization.id,
      teamId: big.id,
      kind: 'intervision',
      title: 'Intervisie',
      startsAt: new Date(`${isoWeekMonday(parseIsoWeek(w1)!)}T09:00:00Z`),
      durationMinutes: 60,
      createdBy: people.manager.id,
    });
    const learning = (author: User, team: { id: string }, hiddenAt: Date | null = null) =>
      t.dataSource
        .getRepository(SharedLearning)
        .insert({ organizationId: organization.id, teamId: team.id, authorId: author.id, body: 'Geleerd', hiddenAt });
    await learning(people.s1, small);
    await learning(people.s2, small, new Date());
  });
  afterAll(() => t.close());

  it('computes a team’s weekly figures, withholding scores below the minimum group size', async () => {
    const res = await (await signedIn(t, people.manager)).get(`/api/v1/insights/teams/${big.id}?weeks=2`).expect(200);
    expect(res.body.minGroupSize).toBe(3);
    const [last, current] = res.body.weeks;
    expect(last).toMatchObject({
      week: w1,
      members: 4,
      plansFilledPct: 100,
      reflectionsSubmittedPct: 75,
      plannedHours: 7,
      actualHours: 6,
      normHours: 14.4,
      energy: { value: 3, respondents: 3, reason: null },
      climate: { value: 4, respondents: 3, reason: null },
      workload: { value: 3, respondents: 3, reason: null },
      aiUsePct: { value: 66.7, respondents: 3, reason: null },
    });
    expect(current).toMatchObject({
      week: w0,
      reflectionsSubmittedPct: 25,
      energy: { value: null, respondents: 1, reason: 'below_minimum_group_size' },
      aiUsePct: { value: null, reason: 'below_minimum_group_size' },
    });
  });

  it('counts the team’s shared goals by status and challenge, never its private ones', async () => {
    const goal = (owner: User, values: Partial<Goal>) =>
      t.dataSource.getRepository(Goal).insert({
        organizationId: owner.organizationId,
        ownerId: owner.id,
        title: 'Doel',
        developmentQuestion: 'Hoe?',
        ...values,
      });
    await goal(people.p1, { visibility: 'shared', status: 'active', challenges: ['ai', 'vitality'] });
    await goal(people.p2, { visibility: 'shared', status: 'achieved', challenges: ['ai'] });
    await goal(people.p2, { visibility: 'shared', status: 'dropped', challenges: ['inclusion'] });
    await goal(people.p3, { visibility: 'private', status: 'active', challenges: ['productivity'] });
    await goal(people.outsider, { visibility: 'shared', status: 'active', challenges: ['productivity'] });

    for (const reader of [people.manager, people.lno]) {
      const res = await (await signedIn(t, reader)).get(`/api/v1/insights/teams/${big.id}?weeks=2`).expect(200);
      expect(res.body.goalsByStatus).toEqual({ draft: 0, active: 1, achieved: 1, paused: 0, dropped: 1 });
      // Challenges of goals being worked on or reached; the dropped goal's is left out.
      expect(res.body.goalsByChallenge).toEqual({
        qualification: 0,
        ai: 2,
        productivity: 0,
        vitality: 1,
        inclusion: 0,
        sustainability: 0,
      });
    }
  });

  it('withholds counts and hours of a small team from L&O staff, and its scores from everyone', async () => {
    const res = await (await signedIn(t, people.lno)).get(`/api/v1/insights/teams/${small.id}?weeks=2`).expect(200);
    expect(res.body.weeks[0]).toMatchObject({
      members: 2,
      reflectionsSubmittedPct: null,
      plannedHours: null,
      actualHours: null,
      energy: { value: null, respondents: 2, reason: 'below_minimum_group_size' },
    });
    expect(res.body.goalsByStatus).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/"value":(1|5)\b/);
  });

  it('withholds from L&O staff the hours of a week that fewer than the minimum put in, not from managers', async () => {
    const weekOf = async (reader: User) =>
      (await (await signedIn(t, reader)).get(`/api/v1/insights/teams/${big.id}?weeks=2`).expect(200)).body.weeks;
    // In w0 only p1 submitted: the team's hours would be p1's own.
    expect((await weekOf(people.lno))[1]).toMatchObject({ week: w0, reflectionsSubmittedPct: 25, actualHours: null });
    expect((await weekOf(people.manager))[1]).toMatchObject({ week: w0, actualHours: 1 });
    expect((await weekOf(people.lno))[0]).toMatchObject({ week: w1, actualHours: 6, plannedHours: 7 });
  });

  // Hand-computed over w1 and w0 (36 contract hours and a 10 % norm each, so 3.6 norm hours per person and week).
  const withheldScore = { value: null, respondents: 0, reason: 'below_minimum_group_size' };
  const expectedGroot = {
    members: 4,
    plansFilledPct: 62.5, // 4 plans in w1, p1's in w0: 5 of 8 member-weeks
    reflectionsSubmittedPct: 50, // 3 + 1 of 8
    plannedHours: 7,
    approvedHours: 2.5, // the pending request does not count
    actualHours: 6, // w1 only: in w0 only p1 submitted, so L&O staff do not get that week's hours
    normHours: 28.8, // 4 people × 3.6 × 2 weeks
    // Only w1 counts for scores; w0 had a single answer and stays out of every sum.
    energy: { value: 3, respondents: 3, reason: null },
    climate: { value: 4, respondents: 3, reason: null },
    workload: { value: 3, respondents: 3, reason: null },
    aiUsePct: { value: 66.7, respondents: 3, reason: null },
    sessionsHeld: 1,
    sharedLearnings: 0,
  };
  const expectedKlein = {
    members: 2,
    plansFilledPct: null,
    reflectionsSubmittedPct: null,
    plannedHours: null,
    approvedHours: 1,
    actualHours: null,
    normHours: 14.4, // 2 × 3.6 × 2
    energy: withheldScore,
    climate: withheldScore,
    workload: withheldScore,
    aiUsePct: withheldScore,
    sessionsHeld: 0,
    sharedLearnings: 1, // the hidden post does not count
  };
  // Exactly what the shown rows add up to: Klein's withheld counts, hours and answers are not in them.
  const expectedTotals = {
    ...expectedGroot,
    members: 6,
    approvedHours: 3.5,
    normHours: 43.2,
    sharedLearnings: 1,
  };

  it('gives L&O staff one row per team, and totals that cannot give back a withheld figure', async () => {
    const res = await (await signedIn(t, people.lno)).get('/api/v1/insights/organization?weeks=2').expect(200);
    expect(res.body.weeks).toEqual([w1, w0]);
    const rows = Object.fromEntries(res.body.teams.map((row: { team: { name: string } }) => [row.team.name, row]));
    expect(rows.Groot).toEqual({ team: { id: big.id, name: 'Groot' }, ...expectedGroot, trend: [75, 25] });
    expect(rows.Klein).toEqual({ team: { id: small.id, name: 'Klein' }, ...expectedKlein, trend: [null, null] });
    expect(res.body.totals).toEqual(expectedTotals);
  });

  it('lets L&O staff and the team’s managers in, members get 403, others 404', async () => {
    await (await signedIn(t, people.p1)).get(`/api/v1/insights/teams/${big.id}`).expect(403);
    await (await signedIn(t, people.manager)).get(`/api/v1/insights/teams/${small.id}`).expect(404);
    await (await signedIn(t, people.outsider)).get(`/api/v1/insights/teams/${big.id}`).expect(404);
    await (await signedIn(t, people.manager)).get('/api/v1/insights/organization').expect(403);
    const other = await createOrganization(t);
    const foreignLno = await createUser(t, other, { roles: ['lno'] });
    await (await signedIn(t, foreignLno)).get(`/api/v1/insights/teams/${big.id}`).expect(404);
    const foreignOverview = await (await signedIn(t, foreignLno)).get('/api/v1/insights/organization').expect(200);
    expect(foreignOverview.body.teams).toEqual([]);
    await (await signedIn(t, people.lno)).get('/api/v1/insights/organization?weeks=53').expect(400);
  });

  it('exports names that a spreadsheet would run as formulas as plain text', async () => {
    const names = ['=HYPERLINK("https://example.org";"klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
    const organization = await createOrganization(t);
    const lno = await createUser(t, organization, { roles: ['lno'] });
    // Stored as they are, past any check on input: the export must hold on its own.
    const teams = await Promise.all(names.map((name) => createTeam(t, organization, [], { name })));
    const client = await signedIn(t, lno);
    const exports = [
      (await client.get('/api/v1/insights/organization/export.csv?weeks=2').expect(200)).text,
      ...(await Promise.all(
        teams.map(async (team) => (await client.get(`/api/v1/insights/teams/${team.id}/export.csv?weeks=2`)).text),
      )),
    ];
    for (const name of names) {
      // The cell as the CSV writer itself writes the text with an apostrophe before it.
      const cell = stringify([[`'${name}`]], { delimiter: ';', record_delimiter: '\r\n' }).slice(0, -2);
      expect(exports[0]).toContain(`\r\n${cell};`);
      expect(exports.some((csv, i) => i > 0 && csv.includes(`\r\n${cell};`))).toBe(true);
    }
    for (const csv of exports) expect(csv).not.toMatch(/(^|\r\n|;)"?[=+\-@\t\r]/);
  });

  it('exports CSV that Excel with Dutch settings opens cleanly', async () => {
    const res = await (
      await signedIn(t, people.lno)
    )
      .get(`/api/v1/insights/teams/${big.id}/export.csv?weeks=2`)
      .expect(200)
      .expect('content-type', /text\/csv/);
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = text.slice(1).split('\r\n');
    expect(header!.split(';').slice(0, 4)).toEqual(['team', 'week', 'leden', 'planning ingevuld %']);
    expect(first!.split(';')).toEqual([
      'Groot',
      w1,
      '4',
      '100',
      '75',
      '7',
      '2,5',
      '6',
      '14,4',
      '3',
      '4',
      '3',
      '66,7',
      '1',
      '0',
      'ja', // last week is still open: provisional
    ]);
    const overview = await (
      await signedIn(t, people.lno)
    )
      .get('/api/v1/insights/organization/export.csv?weeks=2')
      .expect(200);
    const period = `${w1} – ${w0}`;
    expect(overview.text.slice(1).split('\r\n')).toEqual([
      'team;periode;leden;planning ingevuld %;reflectie ingediend %;uren gepland;uren goedgekeurd;uren geleerd;norm uren;energie;werkklimaat;werkdruk;AI gebruikt %;teamsessies;gedeelde leerpunten',
      `Groot;${period};4;62,5;50;7;2,5;6;28,8;3;4;3;66,7;1;0`,
      `Klein;${period};2;;;;1;;14,4;;;;;0;1`,
      `Totaal;${period};6;62,5;50;7;3,5;6;43,2;3;4;3;66,7;1;1`,
      '',
    ]);
    const exported = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'insights.exported' AND actor_id = $1`,
      [people.lno.id],
    );
    expect(exported[0].n).toBe(2);
  });
});

describe('insights over people who joined at different times', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('counts each person in a team’s weeks only from the week their account was created', async () => {
    const organization = await createOrganization(t, { minGroupSize: 3 } as Partial<Organization>);
    /** Wednesday noon of a week: a moment inside it in every time zone. */
    const during = (week: string) =>
      new Date(new Date(`${isoWeekMonday(parseIsoWeek(week)!)}T12:00:00Z`).getTime() + 2 * 86_400_000);
    const settled = () => createUser(t, organization, { createdAt: during(relative(-3)) });
    const [manager, a, b, lno] = [await settled(), await settled(), await settled(), await settled()];
    await t.dataSource.query(`UPDATE app_user SET roles = '{lno}' WHERE id = $1`, [lno.id]);
    const newcomer = await createUser(t, organization);
    const team = await createTeam(t, organization, [
      [manager, 'manager'],
      [a, 'member'],
      [b, 'member'],
      [newcomer, 'member'],
    ]);
    for (const person of [a, b])
      await t.dataSource.getRepository(Week).insert({
        organizationId: organization.id,
        ownerId: person.id,
        weekKey: relative(-1),
        startsOn: isoWeekMonday(parseIsoWeek(relative(-1))!),
        status: 'submitted',
      });

    // Five weeks: nobody yet, then the three who joined in week -3, then the newcomer as well.
    const dashboard = await (await signedIn(t, manager)).get(`/api/v1/insights/teams/${team.id}?weeks=5`).expect(200);
    expect(
      dashboard.body.weeks.map((w: { members: number; reflectionsSubmittedPct: number | null; normHours: number }) => [
        w.members,
        w.reflectionsSubmittedPct,
        w.normHours,
      ]),
    ).toEqual([
      [0, null, 0],
      [3, 0, 10.8],
      [3, 0, 10.8],
      [3, 66.7, 10.8],
      [4, 0, 14.4],
    ]);

    const overview = await (await signedIn(t, lno)).get('/api/v1/insights/organization?weeks=5').expect(200);
    // 2 reflections over 3 + 3 + 3 + 4 member-weeks; the norm of the weeks each person was there.
    const row = { members: 4, reflectionsSubmittedPct: 15.4, normHours: 46.8, trend: [null, 0, 0, 66.7, 0] };
    expect(overview.body.teams[0]).toMatchObject(row);
    expect(overview.body.totals).toMatchObject({ members: 4, reflectionsSubmittedPct: 15.4, normHours: 46.8 });
  });
});

describe('provisional weeks', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('marks this week, and last week while it can still be reflected on, as provisional', async () => {
    for (const [reflectionEditWindowDays, open] of [
      [14, [false, true, true]],
      // Without an edit window last week closed on Monday: only this week is still open.
      [0, [false, false, true]],
    ] as const) {
      const organization = await createOrganization(t, { reflectionEditWindowDays } as Partial<Organization>);
      const lno = await createUser(t, organization, { roles: ['lno'] });
      const team = await createTeam(t, organization, [[await createUser(t, organization), 'member']]);
      const asLno = await signedIn(t, lno);

      const dashboard = await asLno.get(`/api/v1/insights/teams/${team.id}?weeks=3`).expect(200);
      expect(dashboard.body.weeks.map((w: { provisional: boolean }) => w.provisional)).toEqual(open);
      const overview = await asLno.get('/api/v1/insights/organization?weeks=3').expect(200);
      const weeks = [relative(-2), relative(-1), relative(0)];
      expect(overview.body.provisionalWeeks).toEqual(weeks.filter((_, i) => open[i]));
      const csv = await asLno.get(`/api/v1/insights/teams/${team.id}/export.csv?weeks=3`).expect(200);
      const rows = csv.text
        .slice(1)
        .split('\r\n')
        .map((line) => line.split(';'));
      expect(rows[0]!.at(-1)).toBe('voorlopig');
      expect(rows.slice(1, 4).map((row) => row.at(-1))).toEqual(open.map((o) => (o ? 'ja' : 'nee')));
    }
  });
});
