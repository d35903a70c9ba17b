import { addIsoWeeks, formatIsoWeek, isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import pino from 'pino';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/common/config/app-config';
import { WeeklyReminder } from '../src/notifications/weekly-reminder';
import { Week } from '../src/weeks/week.entity';
import { createCast, createUser, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

describe('weekly reminder', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('reminds those whose last week is not submitted, once, even with two instances running it together', async () => {
    const { organization, member, manager, lno, admin, outsider } = await createCast(t, {
      joinedAt: new Date(Date.now() - 90 * 86_400_000),
    });
    // Joined only this week: last week is not theirs to reflect on.
    await createUser(t, organization);
    const lastWeek = relative(-1);
    await t.dataSource.getRepository(Week).insert([
      {
        organizationId: organization.id,
        ownerId: member.id,
        weekKey: lastWeek,
        startsOn: '2026-01-01',
        status: 'submitted',
      },
      {
        organizationId: organization.id,
        ownerId: manager.id,
        weekKey: lastWeek,
        startsOn: '2026-01-01',
        status: 'draft',
      },
    ]);
    // Tuesday noon of this week: past Monday 09:00, and "last week" is still the same week.
    const monday = isoWeekMonday(parseIsoWeek(relative(0))!);
    const tuesday = new Date(new Date(`${monday}T12:00:00Z`).getTime() + 86_400_000);
    const second = await createApp(
      loadConfig({ DATABASE_URL: t.databaseUrl, NODE_ENV: 'test' }),
      pino({ level: 'silent' }),
    );
    await second.init();
    try {
      const [a, b] = await Promise.all([
        t.app.get(WeeklyReminder).runDue(tuesday),
        second.get(WeeklyReminder).runDue(tuesday),
      ]);
      expect(a + b).toBe(4);
    } finally {
      await second.close();
    }
    const reminded = await t.dataSource.query(
      `SELECT user_id, data FROM notification WHERE kind = 'week.reminder' ORDER BY user_id`,
    );
    expect(reminded.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [manager.id, lno.id, admin.id, outsider.id].sort(),
    );
    expect(reminded[0].data).toEqual({ week: lastWeek });
    expect(await t.app.get(WeeklyReminder).runDue(tuesday)).toBe(0);
  });
});

describe('calendar feed of approved learning time', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('serves approved time behind a secret address that can be replaced and revoked', async () => {
    const { member, manager, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const week = relative(1);
    const approved = (
      await asMember
        .post('/api/v1/learning-time/requests')
        .send({ week, hours: 3, form: 'course', purpose: 'Cursus Power BI', teamId: team.id })
        .expect(201)
    ).body;
    await asMember
      .post('/api/v1/learning-time/requests')
      .send({ week: relative(2), hours: 2, form: 'peer', purpose: 'Nog niet besloten', teamId: team.id })
      .expect(201);
    await (
      await signedIn(t, manager)
    )
      .post(`/api/v1/learning-time/requests/${approved.id}/decision`)
      .send({ decision: 'approved', comment: '' })
      .expect(200);

    const { url } = (await asMember.post('/api/v1/me/calendar-feed').expect(200)).body;
    const path = new URL(url).pathname;
    expect(path).toMatch(/^\/api\/v1\/calendar\/[0-9a-f-]{36}\.[\w-]{40,}\.ics$/);
    const feed = await t
      .http()
      .get(path)
      .expect(200)
      .expect('content-type', /text\/calendar/);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
    expect(feed.text).toContain('SUMMARY:Leertijd: 3 uur');
    expect(feed.text).toContain('DESCRIPTION:Cursus Power BI');
    expect(feed.text).not.toContain('Nog niet besloten');
    expect(feed.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const { url: replaced } = (await asMember.post('/api/v1/me/calendar-feed').expect(200)).body;
    await t.http().get(path).expect(404);
    await t.http().get(new URL(replaced).pathname).expect(200);
    await asMember.delete('/api/v1/me/calendar-feed').expect(204);
    await t.http().get(new URL(replaced).pathname).expect(404);
  });
});
