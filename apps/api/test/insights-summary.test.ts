import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { Organization } from '../src/organizations/organization.entity';
import type { Team } from '../src/teams/team.entity';
import type { User } from '../src/users/user.entity';
import { Week } from '../src/weeks/week.entity';
import { createOrganization, createTeam, createUser, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

/** The figures counted from scratch, the way the insights counted them before there was a summary. */
const RECOUNT = `
  SELECT m.team_id, v.week_key,
         count(*) FILTER (WHERE v.intentions <> '' OR v.planned_hours IS NOT NULL)::int AS plans,
         count(*) FILTER (WHERE v.status = 'submitted')::int AS submitted,
         coalesce(sum(v.planned_hours), 0)::float AS planned_hours,
         coalesce(sum(coalesce(v.hours_workplace, 0) + coalesce(v.hours_course, 0) + coalesce(v.hours_peer, 0) + coalesce(v.hours_self_study, 0))
           FILTER (WHERE v.status = 'submitted'), 0)::float AS actual_hours,
         coalesce(sum(v.energy) FILTER (WHERE v.status = 'submitted'), 0)::int AS energy_sum, count(v.energy) FILTER (WHERE v.status = 'submitted')::int AS energy_n,
         coalesce(sum(v.climate) FILTER (WHERE v.status = 'submitted'), 0)::int AS climate_sum, count(v.climate) FILTER (WHERE v.status = 'submitted')::int AS climate_n,
         coalesce(sum(v.workload) FILTER (WHERE v.status = 'submitted'), 0)::int AS workload_sum, count(v.workload) FILTER (WHERE v.status = 'submitted')::int AS workload_n,
         count(*) FILTER (WHERE v.status = 'submitted' AND v.ai_used)::int AS ai_yes, count(v.ai_used) FILTER (WHERE v.status = 'submitted')::int AS ai_n
    FROM team_membership m
    JOIN app_user u ON u.id = m.user_id AND u.organization_id = m.organization_id AND u.active
    JOIN vital_week v ON v.organization_id = m.organization_id AND v.owner_id = m.user_id
   WHERE m.organization_id = $1
   GROUP BY m.team_id, v.week_key`;

/** The summary without rows that went back to all zeros (left behind when weeks or members leave). */
const SUMMARY = `
  SELECT team_id, week_key, plans, submitted, planned_hours::float, actual_hours::float, energy_sum, energy_n, climate_sum, climate_n,
         workload_sum, workload_n, ai_yes, ai_n
    FROM team_week_summary
   WHERE organization_id = $1 AND (plans, submitted, planned_hours, actual_hours, energy_sum, energy_n, climate_sum, climate_n, workload_n, ai_n) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;

describe('the insights summary', () => {
  let t: TestApp;
  let organization: Organization;
  let admin: User;
  let people: User[];
  let teams: Team[];

  const sorted = (rows: { team_id: string; week_key: string }[]) =>
    [...rows].sort((a, b) => `${a.team_id}${a.week_key}`.localeCompare(`${b.team_id}${b.week_key}`));
  const expectExact = async () => {
    const [recount, summary] = await Promise.all([
      t.dataSource.query(RECOUNT, [organization.id]),
      t.dataSource.query(SUMMARY, [organization.id]),
    ]);
    expect(sorted(summary)).toEqual(sorted(recount));
    return summary.length;
  };
  const week = (owner: User, weekKey: string, values: Partial<Week>) =>
    t.dataSource.getRepository(Week).insert({
      organizationId: owner.organizationId,
      ownerId: owner.id,
      weekKey,
      startsOn: isoWeekMonday(parseIsoWeek(weekKey)!),
      ...values,
    });
  const reflection = (energy: number, hours: number) => ({
    learned: 'Iets',
    applied: '',
    hours: { workplace: hours, course: null, peer: 0.5, self_study: null },
    energy,
    climate: 4,
    workload: 2,
    aiUsed: energy > 2,
    aiHow: '',
    obstacles: '',
    supportWanted: '',
    nextStep: '',
  });

  beforeAll(async () => {
    t = await startTestApp();
    organization = await createOrganization(t);
    admin = await createUser(t, organization, { roles: ['admin'] });
    people = [];
    for (let i = 0; i < 4; i++) people.push(await createUser(t, organization));
    const [p0, p1, p2] = people as [User, User, User, User];
    teams = [
      await createTeam(t, organization, [
        [p0, 'manager'],
        [p1, 'member'],
      ]),
      await createTeam(t, organization, [
        [p1, 'member'],
        [p2, 'member'],
      ]),
    ];
  });
  afterAll(() => t.close());

  it('stays exact when people save, edit and submit their weeks', async () => {
    const [p0, p1, p2, p3] = people as [User, User, User, User];
    await week(p2, relative(-2), {
      status: 'submitted',
      intentions: 'Plan',
      energy: 3,
      climate: 3,
      workload: 3,
      aiUsed: false,
      hoursCourse: 2,
    });
    await week(p3, relative(-1), {
      status: 'submitted',
      plannedHours: 1.5,
      energy: 5,
      climate: 5,
      workload: 1,
      aiUsed: true,
      hoursSelfStudy: 4,
    });
    for (const [person, energy] of [
      [p0, 2],
      [p1, 4],
    ] as const) {
      const client = await signedIn(t, person);
      const key = relative(-1);
      const first = await client
        .put(`/api/v1/weeks/${key}`)
        .send({
          version: 0,
          shared: false,
          plan: { intentions: 'Leren', plannedHours: 2 },
          reflection: reflection(energy, 1),
          goals: [],
        })
        .expect(200);
      await expectExact();
      await client.post(`/api/v1/weeks/${key}/submit`).expect(200);
      await expectExact();
      await client
        .put(`/api/v1/weeks/${key}`)
        .send({
          version: first.body.version + 1,
          shared: true,
          plan: { intentions: '', plannedHours: null },
          reflection: reflection(energy + 1, 2.5),
          goals: [],
        })
        .expect(200);
    }
    expect(await expectExact()).toBeGreaterThan(0);
  });

  it('stays exact when memberships change, people are deactivated and teams go', async () => {
    const [p0, p1, p2, p3] = people as [User, User, User, User];
    const asAdmin = await signedIn(t, admin);
    await asAdmin.post(`/api/v1/teams/${teams[0]!.id}/members`).send({ userId: p3.id, role: 'member' }).expect(201);
    await expectExact();
    await asAdmin.delete(`/api/v1/teams/${teams[1]!.id}/members/${p1.id}`).expect(204);
    await expectExact();
    await asAdmin.patch(`/api/v1/users/${p2.id}`).send({ active: false }).expect(200);
    await expectExact();
    await week(p2, relative(-3), { status: 'submitted', energy: 1, climate: 1, workload: 1, hoursPeer: 1 });
    await asAdmin.patch(`/api/v1/users/${p2.id}`).send({ active: true }).expect(200);
    await expectExact();
    await t.dataSource.query(`UPDATE team_membership SET team_id = $1 WHERE team_id = $2 AND user_id = $3`, [
      teams[1]!.id,
      teams[0]!.id,
      p0.id,
    ]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM team WHERE id = $1`, [teams[1]!.id]);
    expect(await t.dataSource.query(`SELECT 1 FROM team_week_summary WHERE team_id = $1`, [teams[1]!.id])).toEqual([]);
    await expectExact();
  });

  it('stays exact when an account is erased', async () => {
    const [team] = teams as [Team, Team];
    const leaving = await createUser(t, organization);
    await t.dataSource.query(
      `INSERT INTO team_membership (organization_id, team_id, user_id, role) VALUES ($1, $2, $3, 'member')`,
      [organization.id, team.id, leaving.id],
    );
    // A plan in words only counts as filled in because of its text, which erasure empties.
    await week(leaving, relative(-2), { intentions: 'Alleen een voornemen' });
    await week(leaving, relative(-3), {
      status: 'submitted',
      intentions: 'Plan',
      energy: 3,
      climate: 3,
      workload: 3,
      aiUsed: true,
      hoursCourse: 2,
    });
    await expectExact();
    const asAdmin = await signedIn(t, admin);
    const started = await asAdmin.post(`/api/v1/users/${leaving.id}/erasure`).expect(201);
    await asAdmin.post(`/api/v1/users/${leaving.id}/erasure/confirm`).send({ token: started.body.token }).expect(200);
    await expectExact();
  });

  it('stays exact when weeks are cleared, deleted or truncated and people are deleted by other means', async () => {
    const [p0, p1, , p3] = people as [User, User, User, User];
    await t.dataSource.query(
      `UPDATE vital_week SET intentions = '', planned_hours = NULL, energy = NULL, climate = NULL, workload = NULL, ai_used = NULL, hours_workplace = NULL WHERE owner_id = $1`,
      [p1.id],
    );
    await expectExact();
    await t.dataSource.query(`UPDATE vital_week SET owner_id = $1, week_key = $2 WHERE owner_id = $3`, [
      p0.id,
      relative(-4),
      p3.id,
    ]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM vital_week WHERE owner_id = $1 AND week_key = $2`, [p0.id, relative(-1)]);
    await expectExact();
    await t.dataSource.query(`DELETE FROM app_user WHERE id = $1`, [p0.id]);
    await expectExact();
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE vital_week SET status = 'submitted', energy = 2 WHERE owner_id = $1`, [p1.id]);
      await manager.query(`UPDATE vital_week SET energy = 5 WHERE owner_id = $1`, [p1.id]);
    });
    await expectExact();
    await t.dataSource.query(`TRUNCATE vital_week CASCADE`);
    expect(await expectExact()).toBe(0);
  });
});
