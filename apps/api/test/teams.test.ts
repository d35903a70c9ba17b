import { createCast, createTeam, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { MAX_TEAMS } from '../src/teams/teams.service';

describe('teams and memberships', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('lets an admin create, rename, staff and archive a team, recording each step', async () => {
    const { admin, member, outsider } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const created = await asAdmin.post('/api/v1/teams').send({ name: '  Burgerzaken  ' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Burgerzaken', archived: false, members: [] });
    const id = created.body.id;

    await asAdmin.patch(`/api/v1/teams/${id}`).send({ name: 'Publiekszaken' }).expect(200);
    await asAdmin.post(`/api/v1/teams/${id}/members`).send({ userId: member.id, role: 'member' }).expect(201);
    await asAdmin.post(`/api/v1/teams/${id}/members`).send({ userId: outsider.id, role: 'member' }).expect(201);
    const dup = await asAdmin
      .post(`/api/v1/teams/${id}/members`)
      .send({ userId: member.id, role: 'member' })
      .expect(409);
    expect(dup.body.code).toBe('conflict');
    const promoted = await asAdmin
      .patch(`/api/v1/teams/${id}/members/${member.id}`)
      .send({ role: 'manager' })
      .expect(200);
    expect(promoted.body).toMatchObject({ name: 'Publiekszaken', memberCount: 2, managerCount: 1 });
    await asAdmin.delete(`/api/v1/teams/${id}/members/${outsider.id}`).expect(204);
    await asAdmin.delete(`/api/v1/teams/${id}/members/${outsider.id}`).expect(404);

    const me = await (await signedIn(t, member)).get('/api/v1/me').expect(200);
    expect(me.body.managedTeamIds).toContain(id);

    await asAdmin.patch(`/api/v1/teams/${id}`).send({ archived: true }).expect(200);
    const closed = await asAdmin
      .post(`/api/v1/teams/${id}/members`)
      .send({ userId: outsider.id, role: 'member' })
      .expect(409);
    expect(closed.body.detail).toMatch(/archived/);
    expect((await asAdmin.get('/api/v1/teams').expect(200)).body.map((x: { id: string }) => x.id)).not.toContain(id);
    expect(
      (await asAdmin.get('/api/v1/teams?archived=true').expect(200)).body.map((x: { id: string }) => x.id),
    ).toContain(id);

    const audit = await asAdmin.get('/api/v1/audit-events?action=team.').expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      'team.created',
      'team.renamed',
      'team.member_added',
      'team.member_added',
      'team.member_role_changed',
      'team.member_removed',
      'team.archived',
    ]);
  });

  it('refuses a team beyond the organisation’s maximum, so the team list stays one bounded page', async () => {
    const { admin, organization } = await createCast(t);
    // Fill the organisation up to one below the maximum.
    await t.dataSource.query(
      `INSERT INTO team (organization_id, name)
       SELECT $1, 'Team ' || n FROM generate_series(1, $2 - 1 - (SELECT count(*) FROM team WHERE organization_id = $1)) AS n`,
      [organization.id, MAX_TEAMS],
    );
    const asAdmin = await signedIn(t, admin);
    await asAdmin.post('/api/v1/teams').send({ name: 'Nummer duizend' }).expect(201);
    const refused = await asAdmin.post('/api/v1/teams').send({ name: 'Eén te veel' }).expect(409);
    expect(refused.body.detail).toMatch(/at most 1000 teams/);
    expect((await asAdmin.get('/api/v1/teams').expect(200)).body).toHaveLength(MAX_TEAMS);
  });

  it('shows every team to admins and L&O staff, and to others only their own teams', async () => {
    const { organization, admin, lno, manager, member, outsider, team } = await createCast(t);
    const second = await createTeam(t, organization, [[outsider, 'member']]);
    const ids = async (user: typeof admin) =>
      ((await (await signedIn(t, user)).get('/api/v1/teams').expect(200)).body as { id: string }[])
        .map((x) => x.id)
        .sort();
    expect(await ids(admin)).toEqual([team.id, second.id].sort());
    expect(await ids(lno)).toEqual([team.id, second.id].sort());
    expect(await ids(manager)).toEqual([team.id]);
    expect(await ids(member)).toEqual([team.id]);
    expect(await ids(outsider)).toEqual([second.id]);

    const detail = await (await signedIn(t, member)).get(`/api/v1/teams/${team.id}`).expect(200);
    expect(detail.body.members.map((m: { role: string }) => m.role)).toEqual(['manager', 'member']);
    await (await signedIn(t, outsider)).get(`/api/v1/teams/${team.id}`).expect(404);
  });

  it('answers 404 for a team of another organisation, even to its admin', async () => {
    const mine = await createCast(t);
    const theirs = await createCast(t);
    const asAdmin = await signedIn(t, mine.admin);
    await asAdmin.get(`/api/v1/teams/${theirs.team.id}`).expect(404);
    await asAdmin.patch(`/api/v1/teams/${theirs.team.id}`).send({ name: 'Taken over' }).expect(404);
    const foreignUser = await asAdmin
      .post(`/api/v1/teams/${mine.team.id}/members`)
      .send({ userId: theirs.member.id, role: 'member' })
      .expect(400);
    expect(foreignUser.body.errors[0].field).toBe('userId');
  });

  it('answers a malformed id with 400 naming the parameter', async () => {
    const { admin } = await createCast(t);
    const res = await (await signedIn(t, admin)).get('/api/v1/teams/not-a-uuid').expect(400);
    expect(res.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });
});
