import { LearningTimeRequest } from '../src/learning-time/learning-time-request.entity';
import { Notification } from '../src/notifications/notification.entity';
import { RetentionJob } from '../src/retention/retention-job';
import { WeekGoalLink } from '../src/weeks/week-goal.entity';
import { Week } from '../src/weeks/week.entity';
import { createCast, createOrganization, createUser, createTeam, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** Monday 30 November 2026, 13:00 in Amsterdam: past the 02:00 start of the nightly run. */
const NOW = new Date('2026-11-30T12:00:00Z');

describe('retention period setting', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('is 24 months unless an admin sets 6 to 120, and the change is audited', async () => {
    const { admin, member } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const current = (await (await signedIn(t, member)).get('/api/v1/organization').expect(200)).body;
    expect(current.retentionMonths).toBe(24);

    for (const retentionMonths of [3, 200, 'x', 12.5]) {
      const bad = await asAdmin
        .patch('/api/v1/organization')
        .send({ version: current.version, retentionMonths })
        .expect(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))]).toEqual(['retentionMonths']);
    }
    const saved = await asAdmin
      .patch('/api/v1/organization')
      .send({ version: current.version, retentionMonths: 36 })
      .expect(200);
    expect(saved.body).toMatchObject({ retentionMonths: 36, version: current.version + 1 });
    expect((await asAdmin.get('/api/v1/organization').expect(200)).body.retentionMonths).toBe(36);

    const audit = await asAdmin.get('/api/v1/audit-events?action=organization.').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'organization.settings_changed',
      actor: { id: admin.id },
      details: { retentionMonths: 36 },
    });
  });

  it('may be changed by admins only, each in their own organisation', async () => {
    const { lno, manager, member } = await createCast(t);
    const other = await createCast(t);
    const version = (await (await signedIn(t, member)).get('/api/v1/organization').expect(200)).body.version;
    for (const person of [lno, manager, member]) {
      await (await signedIn(t, person)).patch('/api/v1/organization').send({ version, retentionMonths: 6 }).expect(403);
    }
    const otherVersion = (await (await signedIn(t, other.admin)).get('/api/v1/organization').expect(200)).body.version;
    await (
      await signedIn(t, other.admin)
    )
      .patch('/api/v1/organization')
      .send({ version: otherVersion, retentionMonths: 6 })
      .expect(200);
    expect((await (await signedIn(t, member)).get('/api/v1/organization').expect(200)).body.retentionMonths).toBe(24);
  });
});

describe('retention job', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  /** A week, a request and a reminder of `week` for the person. */
  async function recordWeek(organizationId: string, person: { id: string }, teamId: string, week: string) {
    const saved = await t.dataSource
      .getRepository(Week)
      .save({ organizationId, ownerId: person.id, weekKey: week, startsOn: '2026-01-01', status: 'submitted' });
    const request = {
      organizationId,
      requesterId: person.id,
      teamId,
      weekKey: week,
      hours: 2,
      form: 'course' as const,
      purpose: 'Cursus',
    };
    await t.dataSource.getRepository(LearningTimeRequest).insert([request, { ...request, status: 'pending' }]);
    await t.dataSource
      .getRepository(Notification)
      .insert({ organizationId, userId: person.id, kind: 'week.reminder', data: { week } });
    return saved;
  }

  async function countsOf(organizationId: string) {
    const [weeks, requests, links, notifications] = await Promise.all([
      t.dataSource.getRepository(Week).find({ where: { organizationId }, order: { weekKey: 'ASC' } }),
      t.dataSource.getRepository(LearningTimeRequest).find({ where: { organizationId }, order: { weekKey: 'ASC' } }),
      t.dataSource.getRepository(WeekGoalLink).countBy({ organizationId }),
      t.dataSource.getRepository(Notification).countBy({ organizationId, kind: 'week.reminder' }),
    ]);
    return { weeks: weeks.map((w) => w.weekKey), requests: requests.map((r) => r.weekKey), links, notifications };
  }

  it("deletes each organisation's weeks and requests past its own period, once across two instances, and audits it", async () => {
    const short = await createCast(t);
    await t.dataSource.query(`UPDATE organization SET retention_months = 6 WHERE id = $1`, [short.organization.id]);
    // 30 November 2026 minus 6 months is 30 May 2026, in 2026-W22: earlier weeks go.
    const old = await recordWeek(short.organization.id, short.member, short.team.id, '2026-W21');
    await recordWeek(short.organization.id, short.member, short.team.id, '2026-W22');
    const goal = (
      await (
        await signedIn(t, short.member)
      )
        .post('/api/v1/goals')
        .send({ title: 'Presenteren', developmentQuestion: 'Hoe?' })
        .expect(201)
    ).body;
    await t.dataSource
      .getRepository(WeekGoalLink)
      .insert({ organizationId: short.organization.id, weekId: old.id, goalId: goal.id, hours: 1, progress: 20 });

    const long = await createOrganization(t, { retentionMonths: 24 });
    const longPerson = await createUser(t, long);
    const longTeam = await createTeam(t, long, [[longPerson, 'member']]);
    for (const week of ['2024-W47', '2024-W48', '2026-W21']) await recordWeek(long.id, longPerson, longTeam.id, week);

    const second = await startTestApp({}, t);
    try {
      const runs = (
        await Promise.all([t.app.get(RetentionJob).runDue(NOW), second.app.get(RetentionJob).runDue(NOW)])
      ).flat();
      expect(runs.filter((run) => run.organizationId === short.organization.id)).toEqual([
        {
          organizationId: short.organization.id,
          before: '2026-W22',
          weeks: 1,
          learningTimeRequests: 2,
          notifications: 1,
        },
      ]);
      expect(runs.filter((run) => run.organizationId === long.id)).toEqual([
        { organizationId: long.id, before: '2024-W48', weeks: 1, learningTimeRequests: 2, notifications: 1 },
      ]);
    } finally {
      await second.close();
    }

    expect(await countsOf(short.organization.id)).toEqual({
      weeks: ['2026-W22'],
      requests: ['2026-W22', '2026-W22'],
      links: 0,
      notifications: 1,
    });
    expect(await countsOf(long.id)).toEqual({
      weeks: ['2024-W48', '2026-W21'],
      requests: ['2024-W48', '2024-W48', '2026-W21', '2026-W21'],
      links: 0,
      notifications: 2,
    });
    // The goal itself stays: only the week's link to it went.
    await (await signedIn(t, short.member)).get(`/api/v1/goals/${goal.id}`).expect(200);

    const audit = (await (await signedIn(t, short.admin)).get('/api/v1/audit-events?action=retention.').expect(200))
      .body;
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'retention.applied',
        actor: null,
        targetType: 'organization',
        targetId: short.organization.id,
        details: { retentionMonths: 6, before: '2026-W22', weeks: 1, learningTimeRequests: 2, notifications: 1 },
      }),
    ]);
    expect(await t.app.get(RetentionJob).runDue(new Date(NOW.getTime() + 3_600_000))).toEqual([]);
  });

  it('waits for the night, and records no event when nothing was old enough', async () => {
    const { organization, admin, member, team } = await createCast(t);
    await recordWeek(organization.id, member, team.id, '2026-W40');
    // 01:30 in Amsterdam on 2 December: before the nightly run.
    const early = await t.app.get(RetentionJob).runDue(new Date('2026-12-02T00:30:00Z'));
    expect(early.filter((run) => run.organizationId === organization.id)).toEqual([]);
    const later = await t.app.get(RetentionJob).runDue(new Date('2026-12-02T02:30:00Z'));
    expect(later.filter((run) => run.organizationId === organization.id)).toEqual([
      { organizationId: organization.id, before: '2024-W49', weeks: 0, learningTimeRequests: 0, notifications: 0 },
    ]);
    expect(
      (await (await signedIn(t, admin)).get('/api/v1/audit-events?action=retention.').expect(200)).body.items,
    ).toEqual([]);
    expect((await countsOf(organization.id)).weeks).toEqual(['2026-W40']);
  });
});
