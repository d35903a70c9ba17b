import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { Organization } from '../src/organizations/organization.entity';
import { createOrganization, createTeam, createUser, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));
/** Wednesday noon of a week: a moment inside it in every time zone. */
const during = (week: string) =>
  new Date(new Date(`${isoWeekMonday(parseIsoWeek(week)!)}T12:00:00Z`).getTime() + 2 * 86_400_000);

describe('norm and contract hours over time', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('measures each week against the norm and contract hours in force in it, not today’s', async () => {
    const organization = await createOrganization(t, { minGroupSize: 1 } as Partial<Organization>);
    const joined = { createdAt: during(relative(-4)) };
    const [admin, lno, manager, part, full] = [
      await createUser(t, organization, { ...joined, roles: ['admin'] }),
      await createUser(t, organization, { ...joined, roles: ['lno'] }),
      await createUser(t, organization, joined),
      await createUser(t, organization, joined),
      await createUser(t, organization, joined),
    ];
    const team = await createTeam(t, organization, [
      [manager, 'manager'],
      [part, 'member'],
      [full, 'member'],
    ]);
    const asAdmin = await signedIn(t, admin);
    const settings = await asAdmin.get('/api/v1/organization').expect(200);
    // Raised twice this week: the second change replaces the first, and neither reaches back.
    const raised = await asAdmin
      .patch('/api/v1/organization')
      .send({ version: settings.body.version, learningNormPercent: 11 })
      .expect(200);
    await asAdmin
      .patch('/api/v1/organization')
      .send({ version: raised.body.version, learningNormPercent: 12 })
      .expect(200);
    await asAdmin.patch(`/api/v1/users/${part.id}`).send({ contractHours: 24 }).expect(200);

    // Before this week: 3 × 36 h × 10 %; this week: 2 × 36 h × 12 % + 24 h × 12 % = 11.52.
    const dashboard = await (await signedIn(t, manager)).get(`/api/v1/insights/teams/${team.id}?weeks=3`).expect(200);
    expect(dashboard.body.weeks.map((w: { normHours: number }) => w.normHours)).toEqual([10.8, 10.8, 11.5]);
    const csv = await (await signedIn(t, manager)).get(`/api/v1/insights/teams/${team.id}/export.csv?weeks=3`);
    expect(
      csv.text
        .split('\r\n')
        .slice(1, 4)
        .map((line) => line.split(';')[8]),
    ).toEqual(['10,8', '10,8', '11,5']);

    const overview = await (await signedIn(t, lno)).get('/api/v1/insights/organization?weeks=3').expect(200);
    expect(overview.body.teams[0].normHours).toBe(33.1);
    expect(overview.body.totals.normHours).toBe(33.1);

    // The person's own figures: their overview per week, and the balance of the year.
    const asPart = await signedIn(t, part);
    const mine = await asPart.get('/api/v1/me/overview').expect(200);
    expect(mine.body.weeklyNormHours).toBe(2.9);
    expect(mine.body.weeks.map((w: { week: string; normHours: number }) => [w.week, w.normHours])).toEqual([
      [relative(-4), 3.6],
      [relative(-3), 3.6],
      [relative(-2), 3.6],
      [relative(-1), 3.6],
      [relative(0), 2.9],
    ]);
    const balance = await asPart.get('/api/v1/learning-time/balance').expect(200);
    expect(balance.body.weeklyNorm).toBe(2.9);
    const { year } = parseIsoWeek(relative(0))!;
    const inYear = (offsets: number[]) => offsets.filter((o) => parseIsoWeek(relative(o))!.year === year).length;
    const after = Array.from({ length: 53 }, (_, i) => i);
    const expected = inYear([-4, -3, -2, -1]) * 3.6 + inYear(after) * 2.88;
    expect(balance.body.year.norm).toBe(Math.round(expected * 10) / 10);

    const history = await t.dataSource.query(
      `SELECT from_week, until_week, percent FROM learning_norm_history WHERE organization_id = $1 ORDER BY from_week`,
      [organization.id],
    );
    expect(history).toEqual([
      { from_week: '0000-W01', until_week: relative(0), percent: 10 },
      { from_week: relative(0), until_week: null, percent: 12 },
    ]);
  });
});
