import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { createCast, createTeam, createUser, emptyWeek, joinTeam, signedIn, weekToSave } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const relative = (offset: number) =>
  formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, offset));
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('team learning', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const intervision = (extra: object = {}) => ({
    kind: 'intervision',
    title: 'Intervisie: lastige gesprekken',
    startsAt: hoursAgo(2),
    durationMinutes: 90,
    agenda: 'Casus van Pieter',
    ...extra,
  });

  it('plans a session, lets members mark attendance and record outcomes, and carries the hours into the week once', async () => {
    const { organization, member, manager, team } = await createCast(t);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const asMember = await signedIn(t, member);
    const asPeer = await signedIn(t, peer);

    const planned = (
      await asMember
        .post(`/api/v1/teams/${team.id}/sessions`)
        .send(intervision({ facilitatorId: manager.id }))
        .expect(201)
    ).body;
    expect(planned).toMatchObject({
      kind: 'intervision',
      facilitatorName: manager.displayName,
      attendees: [],
      version: 1,
    });

    await asPeer.put(`/api/v1/teams/${team.id}/sessions/${planned.id}/attendance`).send({ attended: true }).expect(200);
    const both = (
      await asMember
        .put(`/api/v1/teams/${team.id}/sessions/${planned.id}/attendance`)
        .send({ attended: true })
        .expect(200)
    ).body;
    expect(both.attendees.map((a: { userId: string }) => a.userId).sort()).toEqual([member.id, peer.id].sort());

    const recorded = await asPeer
      .patch(`/api/v1/teams/${team.id}/sessions/${planned.id}`)
      .send({ version: 1, outcomes: 'Eerst samenvatten, dan reageren', agreements: 'Volgende keer casus van Sanne' })
      .expect(200);
    expect(recorded.body).toMatchObject({ outcomes: 'Eerst samenvatten, dan reageren', version: 2 });
    await asMember
      .patch(`/api/v1/teams/${team.id}/sessions/${planned.id}`)
      .send({ version: 1, outcomes: 'Overschreven' })
      .expect(409);

    const carried = await asMember.post(`/api/v1/teams/${team.id}/sessions/${planned.id}/carry-hours`).expect(200);
    expect(carried.body.attendees.find((a: { userId: string }) => a.userId === member.id).hoursCarried).toBe(true);
    const week = (
      await asMember.get(`/api/v1/weeks/${isoWeekKey(new Date(planned.startsAt), 'Europe/Amsterdam')}`).expect(200)
    ).body;
    expect(week.reflection.hours.peer).toBe(1.5);
    await asMember.post(`/api/v1/teams/${team.id}/sessions/${planned.id}/carry-hours`).expect(409);
    await asMember
      .put(`/api/v1/teams/${team.id}/sessions/${planned.id}/attendance`)
      .send({ attended: false })
      .expect(409);

    const next = (
      await asMember
        .post(`/api/v1/teams/${team.id}/sessions`)
        .send(intervision({ title: 'Intervisie: vervolg', startsAt: hoursAgo(-48) }))
        .expect(201)
    ).body;
    const upcoming = (await asMember.get(`/api/v1/teams/${team.id}/sessions?when=upcoming`).expect(200)).body;
    const past = (await asMember.get(`/api/v1/teams/${team.id}/sessions?when=past`).expect(200)).body;
    expect(past).toMatchObject({ total: 1, items: [{ id: planned.id }] });
    // Upcoming keeps the sessions of the last day in view, so the one just held is listed first.
    expect(upcoming).toMatchObject({ total: 2, items: [{ id: planned.id }, { id: next.id }] });

    const figures = (await asMember.get(`/api/v1/teams/${team.id}/learning-figures`).expect(200)).body;
    expect(figures).toMatchObject({ sessionsHeld: 1, attendanceRate: 0.67, sharedLearnings: 0 });
  });

  it('refuses to carry hours that would take the week past its maximum, so the week stays savable', async () => {
    const { member, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const session = (await asMember.post(`/api/v1/teams/${team.id}/sessions`).send(intervision()).expect(201)).body;
    await asMember
      .put(`/api/v1/teams/${team.id}/sessions/${session.id}/attendance`)
      .send({ attended: true })
      .expect(200);
    const weekKey = isoWeekKey(new Date(session.startsAt), 'Europe/Amsterdam');
    const saveWeek = (version: number, workplace: number, peer: number | null) =>
      asMember
        .put(`/api/v1/weeks/${weekKey}`)
        .send(weekToSave({ hours: { workplace, course: null, peer, self_study: null } }, { version }));
    const full = (await saveWeek(0, 59, null).expect(200)).body;

    // 59 + 1.5 would pass 60: refused, and neither the week nor the attendance changes.
    const refused = await asMember.post(`/api/v1/teams/${team.id}/sessions/${session.id}/carry-hours`).expect(409);
    expect(refused.body.code).toBe('week_hours_full');
    expect(refused.body.detail).toMatch(/59 learning hours.*maximum of 60/);
    const unchanged = (await asMember.get(`/api/v1/weeks/${weekKey}`).expect(200)).body;
    expect(unchanged).toMatchObject({ version: full.version, reflection: { hours: { workplace: 59, peer: null } } });

    // With room made, the hours go in, and the week can be saved as it now is.
    const lowered = (await saveWeek(full.version, 58.5, null).expect(200)).body;
    await asMember.post(`/api/v1/teams/${team.id}/sessions/${session.id}/carry-hours`).expect(200);
    const carried = (await asMember.get(`/api/v1/weeks/${weekKey}`).expect(200)).body;
    expect(carried.reflection.hours).toMatchObject({ workplace: 58.5, peer: 1.5 });
    expect(carried.version).toBeGreaterThan(lowered.version);
    await saveWeek(carried.version, 58.5, 1.5).expect(200);
  });

  it('refuses a facilitator from outside the team and a goal that is not yours', async () => {
    const { member, outsider, manager, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const bad = await asMember
      .post(`/api/v1/teams/${team.id}/sessions`)
      .send(intervision({ facilitatorId: outsider.id }))
      .expect(400);
    expect(bad.body.errors).toEqual([{ field: 'facilitatorId', message: 'must be a member of the team' }]);
    const session = (await asMember.post(`/api/v1/teams/${team.id}/sessions`).send(intervision()).expect(201)).body;
    const foreignGoal = (
      await (
        await signedIn(t, manager)
      )
        .post('/api/v1/goals')
        .send({ title: 'Van een ander', developmentQuestion: '?' })
        .expect(201)
    ).body;
    await asMember
      .post(`/api/v1/teams/${team.id}/sessions/${session.id}/goals`)
      .send({ goalId: foreignGoal.id })
      .expect(400);
    const own = (
      await asMember.post('/api/v1/goals').send({ title: 'Gesprekken', developmentQuestion: '?' }).expect(201)
    ).body;
    const linked = await asMember
      .post(`/api/v1/teams/${team.id}/sessions/${session.id}/goals`)
      .send({ goalId: own.id })
      .expect(201);
    expect(linked.body.goals).toEqual([{ goalId: own.id, title: 'Gesprekken', ownerId: member.id }]);
    // A private goal stays its owner's: the rest of the team does not see it linked.
    const forManager = (
      await (await signedIn(t, manager)).get(`/api/v1/teams/${team.id}/sessions/${session.id}`).expect(200)
    ).body;
    expect(forManager.goals).toEqual([]);
  });

  it('shows a goal linked to a session to those who may read the goal itself, not to fellow members', async () => {
    const { organization, member, manager, lno, team } = await createCast(t);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const asMember = await signedIn(t, member);
    const session = (await asMember.post(`/api/v1/teams/${team.id}/sessions`).send(intervision()).expect(201)).body;
    const shared = (
      await asMember
        .post('/api/v1/goals')
        .send({ title: 'Gedeeld doel', developmentQuestion: '?', visibility: 'shared' })
        .expect(201)
    ).body;
    await asMember
      .post(`/api/v1/teams/${team.id}/sessions/${session.id}/goals`)
      .send({ goalId: shared.id })
      .expect(201);

    const linkedFor = async (user: typeof member) => {
      const client = await signedIn(t, user);
      const one = (await client.get(`/api/v1/teams/${team.id}/sessions/${session.id}`).expect(200)).body;
      const list = (await client.get(`/api/v1/teams/${team.id}/sessions?when=past`).expect(200)).body;
      expect(list.items.find((s: { id: string }) => s.id === session.id).goals).toEqual(one.goals);
      return one.goals.map((g: { title: string }) => g.title);
    };
    expect(await linkedFor(member)).toEqual(['Gedeeld doel']);
    expect(await linkedFor(manager)).toEqual(['Gedeeld doel']);
    expect(await linkedFor(lno)).toEqual(['Gedeeld doel']);
    // A fellow member may not read the goal (docs/privacy.md), so not through the session either.
    expect(await linkedFor(peer)).toEqual([]);
    // Nor in the session that their own write returns.
    const answered = await (
      await signedIn(t, peer)
    )
      .put(`/api/v1/teams/${team.id}/sessions/${session.id}/attendance`)
      .send({ attended: true })
      .expect(200);
    expect(answered.body.goals).toEqual([]);
  });

  it('publishes what was learned from a week, with reactions and comments, and lets only the author edit or delete', async () => {
    const { member, manager, team } = await createCast(t);
    const asMember = await signedIn(t, member);
    const asManager = await signedIn(t, manager);
    await asMember
      .put(`/api/v1/weeks/${relative(0)}`)
      .send(emptyWeek({ learned: 'Een AI-samenvatting altijd naast de bron leggen' }))
      .expect(200);

    const post = (
      await asMember
        .post(`/api/v1/teams/${team.id}/learnings`)
        .send({ fromWeek: relative(0) })
        .expect(201)
    ).body;
    expect(post).toMatchObject({
      body: 'Een AI-samenvatting altijd naast de bron leggen',
      fromWeek: relative(0),
      author: { id: member.id },
      hidden: false,
    });
    await asMember
      .post(`/api/v1/teams/${team.id}/learnings`)
      .send({ fromWeek: relative(-5) })
      .expect(400);
    await asMember.post(`/api/v1/teams/${team.id}/learnings`).send({}).expect(400);

    const reacted = (
      await asManager
        .post(`/api/v1/teams/${team.id}/learnings/${post.id}/reactions`)
        .send({ kind: 'insightful' })
        .expect(200)
    ).body;
    expect(reacted.reactions).toContainEqual({ kind: 'insightful', count: 1, mine: true });
    const undone = (
      await asManager
        .post(`/api/v1/teams/${team.id}/learnings/${post.id}/reactions`)
        .send({ kind: 'insightful' })
        .expect(200)
    ).body;
    expect(undone.reactions).toContainEqual({ kind: 'insightful', count: 0, mine: false });
    const commented = (
      await asManager
        .post(`/api/v1/teams/${team.id}/learnings/${post.id}/comments`)
        .send({ body: 'Goed punt!' })
        .expect(201)
    ).body;
    expect(commented.comments).toEqual([
      expect.objectContaining({ body: 'Goed punt!', author: { id: manager.id, displayName: manager.displayName } }),
    ]);

    await asManager
      .patch(`/api/v1/teams/${team.id}/learnings/${post.id}`)
      .send({ version: 1, body: 'Anders' })
      .expect(403);
    await asMember
      .patch(`/api/v1/teams/${team.id}/learnings/${post.id}`)
      .send({ version: 1, body: 'Scherper geformuleerd' })
      .expect(200);
    await asManager.delete(`/api/v1/teams/${team.id}/learnings/${post.id}`).expect(403);
    await asMember.delete(`/api/v1/teams/${team.id}/learnings/${post.id}`).expect(204);
  });

  it('lets managers hide a post from the team, newest first and paginated', async () => {
    const { organization, member, manager, team } = await createCast(t);
    const peer = await createUser(t, organization);
    await joinTeam(t, team, peer, 'member');
    const asMember = await signedIn(t, member);
    for (const body of ['Eerste', 'Tweede', 'Derde'])
      await asMember.post(`/api/v1/teams/${team.id}/learnings`).send({ body }).expect(201);
    const feed = (await asMember.get(`/api/v1/teams/${team.id}/learnings?limit=2`).expect(200)).body;
    expect(feed).toMatchObject({ total: 3, limit: 2 });
    expect(feed.items.map((l: { body: string }) => l.body)).toEqual(['Derde', 'Tweede']);

    await (
      await signedIn(t, peer)
    )
      .put(`/api/v1/teams/${team.id}/learnings/${feed.items[0].id}/hidden`)
      .send({ hidden: true })
      .expect(403);
    await (
      await signedIn(t, manager)
    )
      .put(`/api/v1/teams/${team.id}/learnings/${feed.items[0].id}/hidden`)
      .send({ hidden: true })
      .expect(200);
    const forPeer = (await (await signedIn(t, peer)).get(`/api/v1/teams/${team.id}/learnings`).expect(200)).body;
    expect(forPeer.items.map((l: { body: string }) => l.body)).toEqual(['Tweede', 'Eerste']);
    const forManager = (await (await signedIn(t, manager)).get(`/api/v1/teams/${team.id}/learnings`).expect(200)).body;
    expect(forManager.items[0]).toMatchObject({ body: 'Derde', hidden: true });
  });

  it('lets L&O staff read every team’s learning, and nobody else outside the team anything', async () => {
    const { organization, member, lno, admin, outsider, team } = await createCast(t);
    const otherTeamMember = await createUser(t, organization);
    await createTeam(t, organization, [[otherTeamMember, 'member']]);
    const asMember = await signedIn(t, member);
    const session = (await asMember.post(`/api/v1/teams/${team.id}/sessions`).send(intervision()).expect(201)).body;
    await asMember.post(`/api/v1/teams/${team.id}/learnings`).send({ body: 'Voor het team' }).expect(201);

    const asLno = await signedIn(t, lno);
    await asLno.get(`/api/v1/teams/${team.id}/sessions/${session.id}`).expect(200);
    expect((await asLno.get(`/api/v1/teams/${team.id}/learnings`).expect(200)).body.total).toBe(1);
    await asLno.post(`/api/v1/teams/${team.id}/learnings`).send({ body: 'Van L&O' }).expect(403);
    await asLno.put(`/api/v1/teams/${team.id}/sessions/${session.id}/attendance`).send({ attended: true }).expect(403);

    for (const stranger of [admin, outsider, otherTeamMember]) {
      const client = await signedIn(t, stranger);
      await client.get(`/api/v1/teams/${team.id}/sessions`).expect(404);
      await client.get(`/api/v1/teams/${team.id}/learnings`).expect(404);
      await client.get(`/api/v1/teams/${team.id}/learning-figures`).expect(404);
      await client.post(`/api/v1/teams/${team.id}/learnings`).send({ body: 'Inbreken' }).expect(404);
    }
  });
});
