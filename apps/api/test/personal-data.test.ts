import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { PersonalDataExport } from '@vitaal/shared/personal-data';
import { Week } from '../src/weeks/week.entity';
import { clientFor, createCast, createUser, joinTeam, PASSWORD, sessionFrom, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const currentWeek = () => isoWeekKey(new Date(), 'Europe/Amsterdam');
const lastWeek = () => formatIsoWeek(addIsoWeeks(parseIsoWeek(currentWeek())!, -1));
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('my data: export and erasure', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  /** A professional with some of every kind of data, and a colleague with private data of their own. */
  async function professionalWithData() {
    const cast = await createCast(t);
    const { organization, member, manager, team } = cast;
    const colleague = await createUser(t, organization, { displayName: 'Collega Karin' });
    await joinTeam(t, team, colleague, 'member');
    const signIn = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: PASSWORD })
      .expect(204);
    const me = clientFor(t, sessionFrom(signIn));
    const asColleague = await signedIn(t, colleague);

    const goal = (
      await me
        .post('/api/v1/goals')
        .send({ title: 'Rustig presenteren', developmentQuestion: 'Hoe blijf ik rustig?', visibility: 'private' })
        .expect(201)
    ).body;
    await me.post(`/api/v1/goals/${goal.id}/milestones`).send({ title: 'Oefenen in teamoverleg' }).expect(201);
    await asColleague
      .post('/api/v1/goals')
      .send({ title: 'Geheim doel van Karin', developmentQuestion: 'Privé' })
      .expect(201);
    const weeks = t.dataSource.getRepository(Week);
    await weeks.save([
      {
        organizationId: organization.id,
        ownerId: member.id,
        weekKey: lastWeek(),
        startsOn: '2026-01-01',
        status: 'submitted',
        intentions: 'Plan <script>alert(1)</script>',
        learned: 'Samenvatten werkt',
        energy: 4,
        climate: 3,
        workload: 2,
        hoursCourse: 2,
        plannedHours: 2,
        submittedAt: new Date(),
      },
      {
        organizationId: organization.id,
        ownerId: colleague.id,
        weekKey: lastWeek(),
        startsOn: '2026-01-01',
        status: 'submitted',
        learned: 'Karins eigen reflectie',
        energy: 2,
      },
    ]);
    const request = (
      await me
        .post('/api/v1/learning-time/requests')
        .send({ week: currentWeek(), hours: 3, form: 'peer', purpose: 'Intervisie over bezwaren', teamId: team.id })
        .expect(201)
    ).body;
    await (
      await signedIn(t, manager)
    )
      .post(`/api/v1/learning-time/requests/${request.id}/decision`)
      .send({ decision: 'approved', comment: 'Prima plan' })
      .expect(200);
    const session = (
      await me
        .post(`/api/v1/teams/${team.id}/sessions`)
        .send({
          kind: 'intervision',
          title: 'Intervisie bezwaren',
          startsAt: hoursAgo(2),
          durationMinutes: 60,
          agenda: 'Casus van mij',
        })
        .expect(201)
    ).body;
    await me.put(`/api/v1/teams/${team.id}/sessions/${session.id}/attendance`).send({ attended: true }).expect(200);
    const post = (
      await me.post(`/api/v1/teams/${team.id}/learnings`).send({ body: 'Eerst samenvatten, dan reageren' }).expect(201)
    ).body;
    const theirs = (
      await asColleague.post(`/api/v1/teams/${team.id}/learnings`).send({ body: 'Post van Karin' }).expect(201)
    ).body;
    await asColleague
      .post(`/api/v1/teams/${team.id}/learnings/${post.id}/comments`)
      .send({ body: 'Mooi gezegd, zegt Karin' })
      .expect(201);
    await asColleague
      .post(`/api/v1/teams/${team.id}/learnings/${post.id}/reactions`)
      .send({ kind: 'thanks' })
      .expect(200);
    await me
      .post(`/api/v1/teams/${team.id}/learnings/${theirs.id}/comments`)
      .send({ body: 'Mijn reactie op Karin' })
      .expect(201);
    await me.post(`/api/v1/teams/${team.id}/learnings/${theirs.id}/reactions`).send({ kind: 'like' }).expect(200);
    return { ...cast, colleague, me, goal, post };
  }

  it('gives a professional all their own data as a JSON file and a readable document, and nothing private of others', async () => {
    const { me, member, colleague, admin } = await professionalWithData();

    const res = await me.get('/api/v1/me/data').expect(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="vitaal-.+\.json"$/);
    const data = res.body as PersonalDataExport;
    expect(data).toMatchObject({
      schemaVersion: 1,
      person: { id: member.id, email: member.email, displayName: member.displayName },
    });
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.memberships).toHaveLength(1);
    expect(data.goals).toMatchObject([
      {
        title: 'Rustig presenteren',
        visibility: 'private',
        milestones: [{ title: 'Oefenen in teamoverleg', done: false }],
      },
    ]);
    expect(data.weeks).toMatchObject([
      { week: lastWeek(), learned: 'Samenvatten werkt', energy: 4, hours: { course: 2 } },
    ]);
    expect(data.learningTimeRequests).toMatchObject([
      { purpose: 'Intervisie over bezwaren', status: 'approved', decisionComment: 'Prima plan', hours: 3 },
    ]);
    expect(data.teamSessions).toMatchObject([
      { title: 'Intervisie bezwaren', attended: true, created: true, agenda: 'Casus van mij' },
    ]);
    expect(data.sharedLearnings).toMatchObject([{ body: 'Eerst samenvatten, dan reageren', reactions: { thanks: 1 } }]);
    expect(data.comments).toMatchObject([{ body: 'Mijn reactie op Karin' }]);
    expect(data.reactions).toMatchObject([{ kind: 'like' }]);
    expect(data.notifications.map((n) => n.kind)).toContain('learning_time.approved');
    expect(data.auditEvents.find((e) => e.action === 'sign_in.succeeded')).toMatchObject({ by: 'self' });
    expect(data.auditEvents.find((e) => e.action === 'learning_time.approved')).toMatchObject({ by: 'other' });

    const everything = JSON.stringify(data);
    for (const theirs of [
      'Geheim doel van Karin',
      'Karins eigen reflectie',
      'Post van Karin',
      'Mooi gezegd',
      colleague.displayName,
      colleague.email,
    ]) {
      expect(everything).not.toContain(theirs);
    }

    const doc = await me.get('/api/v1/me/data/document').expect(200);
    expect(doc.headers['content-type']).toContain('text/html');
    expect(doc.headers['content-disposition']).toMatch(/^attachment; filename="vitaal-.+\.html"$/);
    expect(doc.text).toContain('<html lang="nl">');
    expect(doc.text).toContain('<h1>Mijn gegevens in Vitaal</h1>');
    expect(doc.text).toContain('Rustig presenteren');
    expect(doc.text).toContain('Plan &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.text).not.toMatch(/<script|<link|src=/i);
    for (const theirs of ['Geheim doel', 'Karins eigen', 'Mooi gezegd', colleague.displayName])
      expect(doc.text).not.toContain(theirs);

    const audit = (await (await signedIn(t, admin)).get('/api/v1/audit-events?action=personal_data').expect(200)).body
      .items;
    expect(audit.map((e: { details: object }) => e.details)).toEqual([
      { format: 'document', onRequest: false },
      { format: 'json', onRequest: false },
    ]);
    expect(audit[0]).toMatchObject({ actor: { id: member.id }, targetId: member.id });
  });

  it('lets only administrators of the same organisation export a person’s data on request, audited', async () => {
    const { member, admin, manager, lno } = await professionalWithData();
    const other = await createCast(t);
    const asAdmin = await signedIn(t, admin);

    const data = (await asAdmin.get(`/api/v1/users/${member.id}/data`).expect(200)).body as PersonalDataExport;
    expect(data.goals.map((g) => g.title)).toEqual(['Rustig presenteren']);
    const doc = await asAdmin.get(`/api/v1/users/${member.id}/data/document`).expect(200);
    expect(doc.text).toContain('Rustig presenteren');
    const audit = (await asAdmin.get('/api/v1/audit-events?action=personal_data').expect(200)).body.items;
    expect(audit[0]).toMatchObject({
      actor: { id: admin.id },
      targetId: member.id,
      details: { format: 'document', onRequest: true },
    });
    // The person is told of each copy an administrator took.
    const told = (await (await signedIn(t, member)).get('/api/v1/notifications').expect(200)).body.items;
    expect(
      told.filter((n: { kind: string }) => n.kind === 'personal_data.exported').map((n: { data: unknown }) => n.data),
    ).toEqual([{ format: 'document' }, { format: 'json' }]);

    for (const who of [manager, lno]) await (await signedIn(t, who)).get(`/api/v1/users/${member.id}/data`).expect(403);
    await (await signedIn(t, other.admin)).get(`/api/v1/users/${member.id}/data`).expect(404);
    await (await signedIn(t, other.admin)).get(`/api/v1/users/${member.id}/data/document`).expect(404);
    await t.http().get('/api/v1/me/data').expect(401);
  });

  it('erases only after the administrator who asked confirms in time with the right token', async () => {
    const { organization, member, admin, manager, goal } = await professionalWithData();
    const asAdmin = await signedIn(t, admin);
    const otherAdmin = await createUser(t, organization, { roles: ['admin'] });

    await asAdmin.post(`/api/v1/users/${admin.id}/erasure`).expect(403);
    await (await signedIn(t, manager)).post(`/api/v1/users/${member.id}/erasure`).expect(403);
    const started = (await asAdmin.post(`/api/v1/users/${member.id}/erasure`).expect(201)).body;
    expect(started).toMatchObject({
      person: { id: member.id, displayName: member.displayName },
      counts: {
        goals: 1,
        milestones: 1,
        weeks: 1,
        learningTimeRequests: 1,
        sharedLearnings: 1,
        comments: 1,
        reactions: 1,
      },
    });
    expect(started.counts.sessions).toBeGreaterThanOrEqual(1);
    expect(Date.parse(started.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    const stored = await t.dataSource.query(`SELECT token_hash FROM erasure_request WHERE user_id = $1`, [member.id]);
    expect(stored[0].token_hash).not.toBe(started.token);

    const wrong = await asAdmin
      .post(`/api/v1/users/${member.id}/erasure/confirm`)
      .send({ token: 'not-the-token' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'token', message: 'is not the confirmation token' }]);
    await (
      await signedIn(t, otherAdmin)
    )
      .post(`/api/v1/users/${member.id}/erasure/confirm`)
      .send({ token: started.token })
      .expect(409);
    await t.dataSource.query(`UPDATE erasure_request SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      member.id,
    ]);
    await asAdmin.post(`/api/v1/users/${member.id}/erasure/confirm`).send({ token: started.token }).expect(409);

    // Nothing happened on the way.
    await signedIn(t, member).then((c) => c.get(`/api/v1/goals/${goal.id}`).expect(200));
    expect((await asAdmin.get(`/api/v1/users/${member.id}`).expect(200)).body).toMatchObject({
      displayName: member.displayName,
      active: true,
    });
  });

  it('removes the texts, anonymises the account, ends its sessions and keeps the audit without text and the team figures', async () => {
    const { member, admin, lno, team, me, colleague, post } = await professionalWithData();
    const asAdmin = await signedIn(t, admin);
    const asLno = await signedIn(t, lno);
    // Figures count active members only, so a deactivated person has already left them; erasure must change nothing more.
    await asAdmin.patch(`/api/v1/users/${member.id}`).send({ active: false }).expect(200);
    const figuresBefore = (await asLno.get(`/api/v1/insights/teams/${team.id}?weeks=4`).expect(200)).body;
    const learningBefore = (
      await (await signedIn(t, colleague)).get(`/api/v1/teams/${team.id}/learning-figures`).expect(200)
    ).body;

    const { token } = (await asAdmin.post(`/api/v1/users/${member.id}/erasure`).expect(201)).body;
    const result = (await asAdmin.post(`/api/v1/users/${member.id}/erasure/confirm`).send({ token }).expect(200)).body;
    expect(result.counts).toMatchObject({ goals: 1, weeks: 1, comments: 1 });

    expect((await asLno.get(`/api/v1/insights/teams/${team.id}?weeks=4`).expect(200)).body).toEqual(figuresBefore);
    const asColleague = await signedIn(t, colleague);
    expect((await asColleague.get(`/api/v1/teams/${team.id}/learning-figures`).expect(200)).body).toEqual(
      learningBefore,
    );

    const [user] = await t.dataSource.query(
      `SELECT display_name, email, password_hash, active, roles, erased_at, calendar_token_hash FROM app_user WHERE id = $1`,
      [member.id],
    );
    expect(user).toMatchObject({
      display_name: 'Verwijderd account',
      email: `erased-${member.id}@erased.invalid`,
      password_hash: '',
      active: false,
      roles: [],
      calendar_token_hash: null,
    });
    expect(user.erased_at).not.toBeNull();
    const counts = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM learning_goal WHERE owner_id = $1)::int AS goals,
              (SELECT count(*) FROM notification WHERE user_id = $1)::int AS notifications,
              (SELECT count(*) FROM session WHERE user_id = $1)::int AS sessions,
              (SELECT count(*) FROM team_membership WHERE user_id = $1)::int AS memberships,
              (SELECT count(*) FROM shared_learning_comment WHERE author_id = $1)::int AS comments,
              (SELECT count(*) FROM shared_learning_reaction WHERE user_id = $1)::int AS reactions,
              (SELECT count(*) FROM shared_learning_comment WHERE learning_id = $2)::int AS others_comments`,
      [member.id, post.id],
    );
    expect(counts).toEqual([
      { goals: 0, notifications: 0, sessions: 0, memberships: 1, comments: 0, reactions: 0, others_comments: 1 },
    ]);
    const [week] = await t.dataSource.query(
      `SELECT intentions, learned, status, energy, hours_course, planned_hours FROM vital_week WHERE owner_id = $1`,
      [member.id],
    );
    expect(week).toEqual({
      intentions: '',
      learned: '',
      status: 'submitted',
      energy: 4,
      hours_course: '2.0',
      planned_hours: '2.0',
    });
    const [request] = await t.dataSource.query(
      `SELECT purpose, decision_comment, status, hours FROM learning_time_request WHERE requester_id = $1`,
      [member.id],
    );
    expect(request).toEqual({ purpose: '', decision_comment: '', status: 'approved', hours: '3.0' });

    // Signed out everywhere and unable to sign in; gone from the people list, named neutrally where history needs a name.
    await me.get('/api/v1/me').expect(401);
    await t.http().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD }).expect(401);
    const people = (await asAdmin.get('/api/v1/users?limit=100').expect(200)).body.items.map(
      (u: { id: string }) => u.id,
    );
    expect(people).not.toContain(member.id);
    await asAdmin.get(`/api/v1/users/${member.id}`).expect(404);
    await asAdmin.get(`/api/v1/users/${member.id}/data`).expect(404);
    await asAdmin.post(`/api/v1/users/${member.id}/erasure`).expect(404);
    const feed = (await asColleague.get(`/api/v1/teams/${team.id}/learnings`).expect(200)).body.items;
    expect(feed.find((p: { id: string }) => p.id === post.id)).toMatchObject({ body: '' });
    expect(JSON.stringify(feed)).not.toContain(member.displayName);

    const audit = (await asAdmin.get('/api/v1/audit-events?limit=100').expect(200)).body.items as {
      action: string;
      targetId: string | null;
      actor: { id: string } | null;
      details: object;
    }[];
    const signInOfThem = audit.find((e) => e.action === 'sign_in.succeeded' && e.actor?.id === member.id);
    expect(signInOfThem?.details).toEqual({});
    const erased = audit.find((e) => e.action === 'user.erased');
    expect(erased).toMatchObject({ targetId: member.id, actor: { id: admin.id }, details: result.counts });
    expect(JSON.stringify(audit)).not.toContain(member.displayName);
    expect(JSON.stringify(audit)).not.toContain(member.email);
  });

  it('erases all or nothing: a failure half-way leaves everything as it was', async () => {
    const { member, admin, goal, me } = await professionalWithData();
    const asAdmin = await signedIn(t, admin);
    const { token } = (await asAdmin.post(`/api/v1/users/${member.id}/erasure`).expect(201)).body;
    // The account is anonymised after the texts are gone; make that step fail for this person only.
    await t.dataSource.query(
      `CREATE FUNCTION refuse_erasure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`,
    );
    await t.dataSource.query(
      `CREATE TRIGGER refuse_erasure BEFORE UPDATE ON app_user FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL AND NEW.id = '${member.id}') EXECUTE FUNCTION refuse_erasure()`,
    );
    try {
      await asAdmin.post(`/api/v1/users/${member.id}/erasure/confirm`).send({ token }).expect(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_erasure ON app_user; DROP FUNCTION refuse_erasure()`);
    }
    await me.get(`/api/v1/goals/${goal.id}`).expect(200);
    const data = (await me.get('/api/v1/me/data').expect(200)).body as PersonalDataExport;
    expect(data).toMatchObject({
      weeks: [{ learned: 'Samenvatten werkt' }],
      comments: [{ body: 'Mijn reactie op Karin' }],
      learningTimeRequests: [{ purpose: 'Intervisie over bezwaren' }],
    });
    const audit = (await asAdmin.get('/api/v1/audit-events?action=user.erased').expect(200)).body;
    expect(audit.items.filter((e: { targetId: string }) => e.targetId === member.id)).toEqual([]);

    // The token was not used up either: confirming again now erases.
    await asAdmin.post(`/api/v1/users/${member.id}/erasure/confirm`).send({ token }).expect(200);
  });
});
