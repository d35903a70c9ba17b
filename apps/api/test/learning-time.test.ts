import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { createCast, createTeam, createUser, joinTeam, signedIn } from './support/factories';
import { startSmtpCatcher } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));

describe('learning time', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const ask = (teamId: string, extra: object = {}) => ({
    week: relative(1),
    hours: 4,
    form: 'course',
    purpose: 'Cursus B1-schrijven',
    teamId,
    ...extra,
  });

  it('goes from request to approval, with notifications, mail, balance and audit', async () => {
    const { member, manager, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const asManager = await signedIn(t, manager);

    const created = await asMember.post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      hours: 4,
      teamId: team.id,
      teamName: team.name,
      requester: { id: member.id },
      version: 1,
    });
    expect(smtp.mails.at(-1)?.to).toEqual([manager.email]);
    expect((await asManager.get('/api/v1/notifications/unread-count').expect(200)).body).toEqual({ unread: 1 });

    const queue = await asManager.get('/api/v1/learning-time/approvals').expect(200);
    expect(queue.body).toMatchObject({ total: 1, offset: 0 });
    expect(queue.body.items[0]).toMatchObject({
      id: created.body.id,
      requesterBalance: { norm: expect.any(Number), requested: 4, approved: 0 },
      exceedsNorm: false,
    });

    const approved = await asManager
      .post(`/api/v1/learning-time/requests/${created.body.id}/decision`)
      .send({ decision: 'approved', comment: 'Goed plan' })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: { id: manager.id },
      decisionComment: 'Goed plan',
      version: 2,
    });

    const notes = await asMember.get('/api/v1/notifications').expect(200);
    expect(notes.body.items.map((n: { kind: string }) => n.kind)).toEqual(['learning_time.approved']);
    expect(smtp.mails.at(-1)?.to).toEqual([member.email]);

    const balance = await asMember.get('/api/v1/learning-time/balance').expect(200);
    expect(balance.body.weeklyNorm).toBe(3.6);
    expect(balance.body.year).toMatchObject({ requested: 4, approved: 4, used: 0 });
    expect((await asManager.get('/api/v1/learning-time/approvals').expect(200)).body.items).toEqual([]);

    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ action: 'learning_time.approved' }]);
  });

  it('needs a comment to reject', async () => {
    const { member, manager, team } = await createCast(t);
    const request = (
      await (await signedIn(t, member)).post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201)
    ).body;
    const asManager = await signedIn(t, manager);
    const res = await asManager
      .post(`/api/v1/learning-time/requests/${request.id}/decision`)
      .send({ decision: 'rejected', comment: ' ' })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'comment', message: 'comment is required when rejecting' }]);
    await asManager
      .post(`/api/v1/learning-time/requests/${request.id}/decision`)
      .send({ decision: 'rejected', comment: 'Piekperiode, graag in januari' })
      .expect(200);
  });

  it('lets nobody decide on their own request: another manager or an admin does', async () => {
    const { organization, manager, admin, team } = await createCast(t);
    const second = await createUser(t, organization);
    await joinTeam(t, team, second, 'manager');
    const asManager = await signedIn(t, manager);
    const own = (await asManager.post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201)).body;
    expect((await asManager.get('/api/v1/learning-time/approvals').expect(200)).body.items).toEqual([]);
    await asManager
      .post(`/api/v1/learning-time/requests/${own.id}/decision`)
      .send({ decision: 'approved', comment: '' })
      .expect(403);
    const queue = (await (await signedIn(t, second)).get('/api/v1/learning-time/approvals').expect(200)).body;
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([own.id]);
    await (
      await signedIn(t, admin)
    )
      .post(`/api/v1/learning-time/requests/${own.id}/decision`)
      .send({ decision: 'approved', comment: '' })
      .expect(200);
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    const { organization, member, manager, team } = await createCast(t);
    const second = await createUser(t, organization);
    await joinTeam(t, team, second, 'manager');
    const request = (
      await (await signedIn(t, member)).post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201)
    ).body;
    const [a, b] = await Promise.all([
      (await signedIn(t, manager))
        .post(`/api/v1/learning-time/requests/${request.id}/decision`)
        .send({ decision: 'approved', comment: '' }),
      (await signedIn(t, second))
        .post(`/api/v1/learning-time/requests/${request.id}/decision`)
        .send({ decision: 'rejected', comment: 'Nee' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('conflict');
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1`, [
      request.id,
    ]);
    expect(audit[0].n).toBe(1);
  });

  it('decides several at once, or none when one of them cannot be decided', async () => {
    const { member, manager, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const one = (await asMember.post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201)).body;
    const two = (
      await asMember
        .post('/api/v1/learning-time/requests')
        .send(ask(team.id, { week: relative(2) }))
        .expect(201)
    ).body;
    const three = (
      await asMember
        .post('/api/v1/learning-time/requests')
        .send(ask(team.id, { week: relative(3) }))
        .expect(201)
    ).body;
    await asMember.post(`/api/v1/learning-time/requests/${three.id}/cancel`).expect(200);
    const asManager = await signedIn(t, manager);

    await asManager
      .post('/api/v1/learning-time/decisions')
      .send({ requestIds: [one.id, three.id], decision: 'approved', comment: '' })
      .expect(409);
    expect((await asMember.get(`/api/v1/learning-time/requests/${one.id}`).expect(200)).body.status).toBe('pending');

    const both = await asManager
      .post('/api/v1/learning-time/decisions')
      .send({ requestIds: [one.id, two.id], decision: 'approved', comment: '' })
      .expect(200);
    expect(both.body.map((r: { status: string }) => r.status)).toEqual(['approved', 'approved']);
  });

  it('cancels pending requests, approved ones only before their week starts, and edits only pending ones', async () => {
    const { member, manager, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const asManager = await signedIn(t, manager);
    const future = (await asMember.post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201)).body;
    const edited = await asMember
      .patch(`/api/v1/learning-time/requests/${future.id}`)
      .send({ version: 1, hours: 6 })
      .expect(200);
    expect(edited.body).toMatchObject({ hours: 6, version: 2 });
    await asMember.patch(`/api/v1/learning-time/requests/${future.id}`).send({ version: 1, hours: 8 }).expect(409);

    const thisWeek = (
      await asMember
        .post('/api/v1/learning-time/requests')
        .send(ask(team.id, { week: relative(0) }))
        .expect(201)
    ).body;
    await asManager
      .post(`/api/v1/learning-time/decisions`)
      .send({ requestIds: [future.id, thisWeek.id], decision: 'approved', comment: '' })
      .expect(200);
    await asMember.patch(`/api/v1/learning-time/requests/${future.id}`).send({ version: 3, hours: 8 }).expect(409);
    await asMember.post(`/api/v1/learning-time/requests/${thisWeek.id}/cancel`).expect(409);
    const cancelled = await asMember.post(`/api/v1/learning-time/requests/${future.id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    await asManager.post(`/api/v1/learning-time/requests/${future.id}/cancel`).expect(403);
  });

  it('refuses past weeks, days outside the week, foreign teams and goals, and odd hours', async () => {
    const { member, team } = await createCast(t);
    const other = await createCast(t);
    const asMember = await signedIn(t, member);
    const res = await asMember
      .post('/api/v1/learning-time/requests')
      .send(ask(team.id, { week: relative(-1) }))
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'week', message: 'lies in the past' }]);
    await asMember.post('/api/v1/learning-time/requests').send(ask(other.team.id)).expect(400);
    await asMember
      .post('/api/v1/learning-time/requests')
      .send(ask(team.id, { date: '2020-01-01' }))
      .expect(400);
    const hours = await asMember
      .post('/api/v1/learning-time/requests')
      .send(ask(team.id, { hours: 0, form: 'nap' }))
      .expect(400);
    expect(hours.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['form', 'hours']);
  });

  it('shows a request to its requester, the team’s managers, L&O staff and admins; only managers and admins decide', async () => {
    const { organization, member, manager, lno, admin, outsider, team } = await createCast(t);
    const otherTeamManager = await createUser(t, organization);
    await createTeam(t, organization, [[otherTeamManager, 'manager']]);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const request = (
      await (await signedIn(t, member)).post('/api/v1/learning-time/requests').send(ask(team.id)).expect(201)
    ).body;
    const url = `/api/v1/learning-time/requests/${request.id}`;

    for (const reader of [manager, lno, admin]) await (await signedIn(t, reader)).get(url).expect(200);
    for (const stranger of [outsider, peer, otherTeamManager]) {
      const client = await signedIn(t, stranger);
      await client.get(url).expect(404);
      await client.post(`${url}/decision`).send({ decision: 'approved', comment: '' }).expect(404);
    }
    await (await signedIn(t, lno)).post(`${url}/decision`).send({ decision: 'approved', comment: '' }).expect(403);
    const foreign = await createCast(t);
    await (await signedIn(t, foreign.admin)).get(url).expect(404);
    expect(
      (await (await signedIn(t, otherTeamManager)).get('/api/v1/learning-time/approvals').expect(200)).body,
    ).toEqual({ items: [], total: 0, limit: 25, offset: 0 });
  });

  it('shows approved time per week in the team calendar, to the team’s managers, L&O staff and admins only', async () => {
    const { organization, member, manager, lno, admin, team } = await createCast(t);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const asMember = await signedIn(t, member);
    const request = (
      await asMember
        .post('/api/v1/learning-time/requests')
        .send(ask(team.id, { week: relative(1), hours: 2.5 }))
        .expect(201)
    ).body;
    await asMember
      .post('/api/v1/learning-time/requests')
      .send(ask(team.id, { week: relative(1), hours: 8 }))
      .expect(201);
    await (
      await signedIn(t, manager)
    )
      .post(`/api/v1/learning-time/requests/${request.id}/decision`)
      .send({ decision: 'approved', comment: '' })
      .expect(200);

    const url = `/api/v1/learning-time/team-calendar?teamId=${team.id}&from=${relative(0)}&weeks=3`;
    for (const reader of [manager, lno, admin]) {
      const calendar = (await (await signedIn(t, reader)).get(url).expect(200)).body;
      expect(calendar.map((w: { week: string }) => w.week)).toEqual([relative(0), relative(1), relative(2)]);
      expect(calendar[1].entries).toEqual([
        {
          requestId: request.id,
          userId: member.id,
          displayName: member.displayName,
          hours: 2.5,
          form: 'course',
          date: null,
        },
      ]);
    }
    for (const stranger of [member, peer]) await (await signedIn(t, stranger)).get(url).expect(404);

    // The weeks shown end by the last week kept, 2100-W52.
    const asManager = await signedIn(t, manager);
    const last = `/api/v1/learning-time/team-calendar?teamId=${team.id}&from=2100-W45&weeks=8`;
    expect((await asManager.get(last).expect(200)).body.at(-1).week).toBe('2100-W52');
    const beyond = await asManager.get(`/api/v1/learning-time/team-calendar?teamId=${team.id}&from=2100-W46&weeks=8`);
    expect([beyond.status, beyond.body.errors]).toEqual([
      400,
      [{ field: 'from', message: 'the weeks shown must end by 2100-W52' }],
    ]);
  });
});
