import { AUDIT_ACTIONS, AUDIT_KINDS, isAuditAction } from '@vitaal/shared/audit';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { clientFor, createCast, createTeam, sessionFrom, signedIn } from './support/factories';
import { startSmtpCatcher } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

describe('people: invitations, roles, deactivation and the audit list', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ smtpUrl: smtp.url, appUrl: 'https://vitaal.example.nl' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('invites a person with roles and teams; the link signs them in once and mails them', async () => {
    const { admin, team, organization } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const created = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'New.Person@Example.nl', roles: ['lno'], teamIds: [team.id] })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'new.person@example.nl',
      roles: ['lno'],
      mailed: true,
      acceptPath: expect.stringMatching(/^\/invitations\/[0-9a-f-]{36}\.[\w-]{40,}$/),
    });
    const token = created.body.acceptPath.split('/').pop();

    expect(smtp.mails.at(-1)?.to).toEqual(['new.person@example.nl']);
    expect(smtp.mails.at(-1)?.raw.replace(/=\r?\n/g, '')).toContain(`https://vitaal.example.nl/invitations/${token}`);

    const preview = await t.http().get(`/api/v1/invitations/${token}`).expect(200);
    expect(preview.body).toEqual({ email: 'new.person@example.nl', organizationName: organization.name });

    const accepted = await t
      .http()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Nieuwe Collega', password: 'my own long secret' })
      .expect(204);
    const me = await clientFor(t, sessionFrom(accepted)).get('/api/v1/me').expect(200);
    expect(me.body).toMatchObject({
      displayName: 'Nieuwe Collega',
      roles: ['lno'],
      teams: [{ id: team.id, role: 'member' }],
    });

    const joined = await t.dataSource.query(
      `SELECT actor_id, target_id FROM audit_event WHERE action = 'team.member_added' AND target_id = $1`,
      [team.id],
    );
    expect(joined).toEqual([{ actor_id: admin.id, target_id: team.id }]);

    const again = await t
      .http()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Twice', password: 'my own long secret' })
      .expect(404);
    expect(again.body.code).toBe('invitation_invalid');
  });

  it('inviting an address again keeps its open invitation: roles and teams merge and every link keeps working', async () => {
    const { admin, team, organization, manager } = await createCast(t);
    const second = await createTeam(t, organization);
    const asAdmin = await signedIn(t, admin);
    const first = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'twice@example.nl', roles: ['lno'], teamIds: [team.id] })
      .expect(201);
    expect(first.body.outcome).toBe('created');
    const merged = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'twice@example.nl', roles: ['admin'], teamIds: [second.id] })
      .expect(200);
    expect(merged.body).toMatchObject({
      id: first.body.id,
      outcome: 'merged',
      roles: ['lno', 'admin'],
      teams: expect.arrayContaining([
        { id: team.id, name: team.name },
        { id: second.id, name: second.name },
      ]),
      mailed: true,
    });
    expect(Date.parse(merged.body.expiresAt)).toBeGreaterThan(Date.parse(first.body.expiresAt));

    const pending = (await asAdmin.get('/api/v1/invitations?email=Twice@Example.nl').expect(200)).body;
    expect(pending).toMatchObject({ total: 1, items: [{ id: first.body.id, roles: ['lno', 'admin'] }] });
    expect(pending.items[0].teams).toHaveLength(2);

    const copied = await asAdmin.post(`/api/v1/invitations/${first.body.id}/links`).expect(201);
    expect(copied.body).toEqual({
      acceptPath: expect.stringMatching(/^\/invitations\/[0-9a-f-]{36}\.[\w-]{40,}$/),
      expiresAt: merged.body.expiresAt,
    });
    const links = [first.body.acceptPath, merged.body.acceptPath, copied.body.acceptPath];
    expect(new Set(links).size).toBe(3);
    for (const link of links) await t.http().get(`/api/v1${link}`).expect(200);

    // Only an admin of the same organisation makes links.
    await (await signedIn(t, manager)).post(`/api/v1/invitations/${first.body.id}/links`).expect(403);
    await (
      await signedIn(t, (await createCast(t)).admin)
    )
      .post(`/api/v1/invitations/${first.body.id}/links`)
      .expect(404);

    const accepted = await t
      .http()
      .post(`/api/v1${first.body.acceptPath}/accept`)
      .send({ displayName: 'Twee Keer', password: 'my own long secret', locale: 'en' })
      .expect(204);
    const me = (await clientFor(t, sessionFrom(accepted)).get('/api/v1/me').expect(200)).body;
    // The account starts in the language chosen on the accept page (the organisation speaks Dutch).
    expect(me.locale).toBe('en');
    expect(me.roles).toEqual(['lno', 'admin']);
    expect(me.teams.map((m: { id: string }) => m.id).sort()).toEqual([team.id, second.id].sort());
    for (const link of links.slice(1)) await t.http().get(`/api/v1${link}`).expect(404);
    await asAdmin.post(`/api/v1/invitations/${first.body.id}/links`).expect(404);

    // The audit list says who was invited, read from the invitation (an erasure removes it with the address).
    const audit = (await asAdmin.get('/api/v1/audit-events?kind=invitations').expect(200)).body.items;
    expect(
      audit.map((e: { action: string; targetLabel: string; details: object }) => [e.action, e.targetLabel, e.details]),
    ).toEqual([
      ['invitation.accepted', 'twice@example.nl', {}],
      ['invitation.link_copied', 'twice@example.nl', {}],
      ['invitation.merged', 'twice@example.nl', { addedRoles: ['admin'], addedTeamIds: [second.id] }],
      ['invitation.created', 'twice@example.nl', { roles: ['lno'], teamIds: [team.id] }],
    ]);
  });

  it('keeps one open invitation when an address is invited twice at the same moment', async () => {
    const { admin } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const answers = await Promise.all(
      ['lno', 'admin'].map((role) =>
        asAdmin.post('/api/v1/invitations').send({ email: 'racing@example.nl', roles: [role], teamIds: [] }),
      ),
    );
    expect(answers.map((res) => res.body.outcome).sort()).toEqual(['created', 'merged']);
    const pending = (await asAdmin.get('/api/v1/invitations?email=racing@example.nl').expect(200)).body;
    expect(pending.total).toBe(1);
    expect([...pending.items[0].roles].sort()).toEqual(['admin', 'lno']);
  });

  it('revoking an invitation ends every link to it', async () => {
    const { admin } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const invited = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'gone@example.nl', roles: [], teamIds: [] })
      .expect(201);
    const copied = await asAdmin.post(`/api/v1/invitations/${invited.body.id}/links`).expect(201);
    await asAdmin.delete(`/api/v1/invitations/${invited.body.id}`).expect(204);
    for (const link of [invited.body.acceptPath, copied.body.acceptPath])
      await t.http().get(`/api/v1${link}`).expect(404);
  });

  it('refuses an expired or revoked link, and an invitation for someone who has an account', async () => {
    const { admin, member } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const taken = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: member.email, roles: [], teamIds: [] })
      .expect(409);
    expect(taken.body.code).toBe('email_taken');

    const revoked = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'revoked@example.nl', roles: [], teamIds: [] })
      .expect(201);
    await asAdmin.delete(`/api/v1/invitations/${revoked.body.id}`).expect(204);
    await t.http().get(revoked.body.acceptPath.replace('/invitations', '/api/v1/invitations')).expect(404);

    const expired = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'late@example.nl', roles: [], teamIds: [] })
      .expect(201);
    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.body.id,
    ]);
    await t
      .http()
      .post(`/api/v1${expired.body.acceptPath}/accept`)
      .send({ displayName: 'Late', password: 'my own long secret' })
      .expect(404);
    expect((await asAdmin.get('/api/v1/invitations').expect(200)).body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses teams of another organisation in an invitation', async () => {
    const { admin } = await createCast(t);
    const other = await createCast(t);
    const res = await (
      await signedIn(t, admin)
    )
      .post('/api/v1/invitations')
      .send({ email: 'x@example.nl', roles: [], teamIds: [other.team.id] })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'teamIds', message: 'contains a team that does not exist or is archived' },
    ]);
  });

  it('changes roles, keeps the last admin, and deactivation ends the sessions of that person', async () => {
    const { admin, member, organization } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const asMember = await signedIn(t, member);

    const promoted = await asAdmin
      .patch(`/api/v1/users/${member.id}`)
      .send({ roles: ['lno', 'admin'] })
      .expect(200);
    expect(promoted.body.roles).toEqual(['lno', 'admin']);
    await asAdmin
      .patch(`/api/v1/users/${member.id}`)
      .send({ roles: ['lno'] })
      .expect(200);

    const lastAdmin = await asAdmin.patch(`/api/v1/users/${admin.id}`).send({ roles: [] }).expect(409);
    expect(lastAdmin.body.code).toBe('last_admin');
    await asAdmin.patch(`/api/v1/users/${admin.id}`).send({ active: false }).expect(409);

    await asMember.get('/api/v1/me').expect(200);
    const deactivated = await asAdmin.patch(`/api/v1/users/${member.id}`).send({ active: false }).expect(200);
    expect(deactivated.body.active).toBe(false);
    await asMember.get('/api/v1/me').expect(401);

    const audit = await asAdmin.get('/api/v1/audit-events?action=user.').expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'user.deactivated',
      'user.roles_changed',
      'user.roles_changed',
    ]);
    expect(audit.body.items[1]).toMatchObject({
      actor: { id: admin.id },
      targetId: member.id,
      details: { from: ['lno', 'admin'], to: ['lno'] },
    });
    // The refused changes (the last admin) left no trace: only the three changes made are on record.
    const stored = await t.dataSource.getRepository(AuditEvent).countBy({ organizationId: organization.id });
    expect(stored).toBe(3);
  });

  it('files every recorded action under exactly one kind of the audit filter', async () => {
    const { admin, member, lno } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const invited = await asAdmin
      .post('/api/v1/invitations')
      .send({ email: 'kind@example.nl', roles: [], teamIds: [] });
    await asAdmin.delete(`/api/v1/invitations/${invited.body.id}`).expect(204);
    await asAdmin
      .patch(`/api/v1/users/${member.id}`)
      .send({ roles: ['lno'] })
      .expect(200);
    await asAdmin.post('/api/v1/teams').send({ name: 'Nieuw team' }).expect(201);
    await (await signedIn(t, lno)).get('/api/v1/insights/organization/export.csv').expect(200);
    await asAdmin.get('/api/v1/me/data').expect(200);
    await t.http().post('/api/v1/auth/login').send({ email: admin.email, password: 'not the one' }).expect(401);

    const all = (await asAdmin.get('/api/v1/audit-events?limit=100').expect(200)).body;
    const unknown = all.items.filter((e: { action: string }) => !isAuditAction(e.action));
    expect(unknown).toEqual([]);
    let filed = 0;
    for (const kind of AUDIT_KINDS) {
      const items = (await asAdmin.get(`/api/v1/audit-events?kind=${kind}&limit=100`).expect(200)).body.items;
      expect(items.filter((e: { action: keyof typeof AUDIT_ACTIONS }) => AUDIT_ACTIONS[e.action] !== kind)).toEqual([]);
      filed += items.length;
    }
    expect(all.total).toBeGreaterThanOrEqual(6);
    expect(filed).toBe(all.total);
  });

  it('lists and searches the people of the own organisation only, paginated', async () => {
    const { admin } = await createCast(t);
    await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const all = await asAdmin.get('/api/v1/users?limit=2').expect(200);
    expect(all.body).toMatchObject({ total: 5, limit: 2, offset: 0 });
    expect(all.body.items).toHaveLength(2);
    const found = await asAdmin.get(`/api/v1/users?search=${encodeURIComponent(admin.displayName)}`).expect(200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([admin.id]);
    await asAdmin.get('/api/v1/users?limit=1000').expect(400);
  });

  it('reads and updates the organisation settings with a version check', async () => {
    const { admin, member } = await createCast(t);
    const asAdmin = await signedIn(t, admin);
    const current = await (await signedIn(t, member)).get('/api/v1/organization').expect(200);
    expect(current.body).toMatchObject({
      timezone: 'Europe/Amsterdam',
      learningNormPercent: 10,
      reflectionEditWindowDays: 14,
      minGroupSize: 5,
    });

    const saved = await asAdmin
      .patch('/api/v1/organization')
      .send({ version: current.body.version, minGroupSize: 7, timezone: 'Europe/Brussels' })
      .expect(200);
    expect(saved.body).toMatchObject({
      minGroupSize: 7,
      timezone: 'Europe/Brussels',
      version: current.body.version + 1,
    });
    const stale = await asAdmin
      .patch('/api/v1/organization')
      .send({ version: current.body.version, minGroupSize: 9 })
      .expect(409);
    expect(stale.body.code).toBe('version_conflict');

    const bad = await asAdmin
      .patch('/api/v1/organization')
      .send({ version: saved.body.version, timezone: 'Mars/Olympus', minGroupSize: 1 })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['minGroupSize', 'timezone']);
  });

  it('names a person to their managers and L&O staff only', async () => {
    const { member, manager, lno, admin, outsider } = await createCast(t);
    for (const follower of [manager, lno]) {
      const res = await (await signedIn(t, follower)).get(`/api/v1/people/${member.id}`).expect(200);
      expect(res.body).toEqual({ id: member.id, displayName: member.displayName });
    }
    // A colleague without a team in common, an admin as such, and another organisation's L&O see nobody.
    for (const stranger of [outsider, admin])
      await (await signedIn(t, stranger)).get(`/api/v1/people/${member.id}`).expect(404);
    const other = await createCast(t);
    await (await signedIn(t, other.lno)).get(`/api/v1/people/${member.id}`).expect(404);
  });

  it('shows an archived team nowhere in the teams of a person', async () => {
    const { member, organization } = await createCast(t);
    await createTeam(t, organization, [[member, 'member']], { archivedAt: new Date() });
    const me = await (await signedIn(t, member)).get('/api/v1/me').expect(200);
    expect(me.body.teams).toHaveLength(1);
  });
});
