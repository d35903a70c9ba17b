import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { Organization } from '../src/organizations/organization.entity';
import { Week } from '../src/weeks/week.entity';
import { createOrganization, createTeam, createUser, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));
const during = (week: string) =>
  new Date(new Date(`${isoWeekMonday(parseIsoWeek(week)!)}T12:00:00Z`).getTime() + 2 * 86_400_000);

type Hours = [number | null, number | null, number | null, number | null];
const HOUR_VALUES = [null, 0, 0.5, 1.5, 12];

/** The definitions as docs/architecture.md states them, for the generated inputs below. */
const hoursLearned = (hours: Hours) =>
  hours.every((h) => h === null) ? null : Math.round(hours.reduce<number>((sum, h) => sum + (h ?? 0), 0) * 10) / 10;
const planFilled = (intentions: string, plannedHours: number | null) => intentions !== '' || plannedHours !== null;

/** Every combination of the values for the four kinds of hours. */
const allHours = (): Hours[] =>
  HOUR_VALUES.flatMap((a) =>
    HOUR_VALUES.flatMap((b) => HOUR_VALUES.flatMap((c) => HOUR_VALUES.map((d): Hours => [a, b, c, d]))),
  );

/** A small deterministic generator, so a failure names the same weeks every run. */
function generator(seed: number) {
  let state = seed;
  return <T>(values: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return values[state % values.length]!;
  };
}

describe('the figures of a week, defined once', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('counts the hours learned and a filled plan as defined, for every combination', async () => {
    const combinations = allHours();
    const rows: { hours: number | null }[] = await t.dataSource.query(
      `SELECT vitaal_actual_hours(a, b, c, d)::float AS hours
         FROM unnest($1::numeric[], $2::numeric[], $3::numeric[], $4::numeric[]) WITH ORDINALITY AS x(a, b, c, d, i) ORDER BY i`,
      [0, 1, 2, 3].map((kind) => combinations.map((hours) => hours[kind])),
    );
    expect(rows.map((row) => row.hours)).toEqual(combinations.map(hoursLearned));

    const plans = ['', 'Lezen', ' '].flatMap((intentions) =>
      [null, 0, 3].map((planned) => [intentions, planned] as const),
    );
    const filled: { filled: boolean }[] = await t.dataSource.query(
      `SELECT vitaal_plan_filled(intentions, planned) AS filled
         FROM unnest($1::text[], $2::numeric[]) WITH ORDINALITY AS x(intentions, planned, i) ORDER BY i`,
      [plans.map(([intentions]) => intentions), plans.map(([, planned]) => planned)],
    );
    expect(filled.map((row) => row.filled)).toEqual(
      plans.map(([intentions, planned]) => planFilled(intentions, planned)),
    );
  });

  it('gives the same hours and plans in the person’s weeks, their balance and their team’s figures', async () => {
    const organization = await createOrganization(t, { minGroupSize: 1 } as Partial<Organization>);
    const weeks = Array.from({ length: 14 }, (_, i) => relative(i - 13));
    const person = await createUser(t, organization, { createdAt: during(weeks[0]!) });
    const team = await createTeam(t, organization, [[person, 'manager']]);
    const pick = generator(20260101);
    const written = weeks.map((weekKey) => ({
      weekKey,
      hours: [pick(HOUR_VALUES), pick(HOUR_VALUES), pick(HOUR_VALUES), pick(HOUR_VALUES)] as Hours,
      submitted: pick([true, true, false]),
      intentions: pick(['', 'Het artikel lezen']),
      plannedHours: pick([null, 0, 2.5]),
    }));
    await t.dataSource.getRepository(Week).insert(
      written.map((week) => ({
        organizationId: organization.id,
        ownerId: person.id,
        weekKey: week.weekKey,
        startsOn: isoWeekMonday(parseIsoWeek(week.weekKey)!),
        status: week.submitted ? ('submitted' as const) : ('draft' as const),
        intentions: week.intentions,
        plannedHours: week.plannedHours,
        hoursWorkplace: week.hours[0],
        hoursCourse: week.hours[1],
        hoursPeer: week.hours[2],
        hoursSelfStudy: week.hours[3],
      })),
    );
    const client = await signedIn(t, person);

    const mine = await client.get(`/api/v1/weeks?from=${weeks[0]}&to=${weeks.at(-1)}`).expect(200);
    expect(mine.body.map((week: { actualHours: number | null }) => week.actualHours)).toEqual(
      written.map((week) => hoursLearned(week.hours)),
    );

    const dashboard = await client.get(`/api/v1/insights/teams/${team.id}?weeks=${weeks.length}`).expect(200);
    expect(
      dashboard.body.weeks.map((week: { actualHours: number; plansFilledPct: number }) => [
        week.actualHours,
        week.plansFilledPct,
      ]),
    ).toEqual(
      written.map((week) => [
        week.submitted ? (hoursLearned(week.hours) ?? 0) : 0,
        planFilled(week.intentions, week.plannedHours) ? 100 : 0,
      ]),
    );

    for (const year of new Set(weeks.map((week) => parseIsoWeek(week)!.year))) {
      const balance = await client.get(`/api/v1/learning-time/balance?year=${year}`).expect(200);
      const used = written
        .filter((week) => week.submitted && parseIsoWeek(week.weekKey)!.year === year)
        .reduce((sum, week) => sum + (hoursLearned(week.hours) ?? 0), 0);
      expect(balance.body.year.used).toBe(Math.round(used * 10) / 10);
    }
  });
});
