import type { Organization } from '../src/organizations/organization.entity';
import { clientFor, createCast, createOrganization, PASSWORD, sessionFrom, signedIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A session cookie, an invitation link and a calendar-feed URL name their organisation, so that each is
 * looked up in that organisation's rows only (docs/scaling.md). The secret alone, as such tokens were
 * before, or the secret under another organisation, opens nothing.
 */
describe('tokens that name their organisation', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof createCast>>;
  let other: Organization;
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    other = await createOrganization(t);
  });
  afterAll(() => t.close());

  /** The token as it names its organisation, the secret alone, and the secret under another organisation. */
  const variants = (token: string) => {
    const [organizationId, secret] = token.split('.');
    expect(organizationId).toBe(cast.organization.id);
    return { secretAlone: secret!, elsewhere: `${other.id}.${secret}` };
  };

  it('finds a session by the organisation its cookie names', async () => {
    const signIn = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: cast.member.email, password: PASSWORD })
      .expect(204);
    const session = sessionFrom(signIn);
    await clientFor(t, session).get('/api/v1/me').expect(200);
    for (const token of Object.values(variants(session.token))) {
      const res = await clientFor(t, { ...session, token })
        .get('/api/v1/me')
        .expect(401);
      expect(res.body.code).toBe('unauthenticated');
    }
  });

  it('finds an invitation by the organisation its link names', async () => {
    const asAdmin = await signedIn(t, cast.admin);
    const invited = await asAdmin
      .post('/api/v1/invitations', { email: 'routed@example.nl', roles: [], teamIds: [] })
      .expect(201);
    const token = invited.body.acceptPath.split('/').pop();
    await t.http().get(`/api/v1/invitations/${token}`).expect(200);
    for (const wrong of Object.values(variants(token))) {
      const res = await t.http().get(`/api/v1/invitations/${wrong}`).expect(404);
      expect(res.body.code).toBe('invitation_invalid');
      await t
        .http()
        .post(`/api/v1/invitations/${wrong}/accept`)
        .send({ displayName: 'Routed', password: 'a long enough secret' })
        .expect(404);
    }
  });

  it('finds a calendar feed by the organisation its address names', async () => {
    const asMember = await signedIn(t, cast.member);
    const { url } = (await asMember.post('/api/v1/me/calendar-feed').expect(200)).body;
    const token = new URL(url).pathname.replace('/api/v1/calendar/', '').replace(/\.ics$/, '');
    await t.http().get(`/api/v1/calendar/${token}.ics`).expect(200);
    for (const wrong of Object.values(variants(token))) await t.http().get(`/api/v1/calendar/${wrong}.ics`).expect(404);
  });
});
