import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER } from '@vitaal/shared/auth';
import { PASSWORD, signUpAdmin } from './admin-session';

export interface Colleague {
  displayName: string;
  context: BrowserContext;
  page: Page;
}

/** State-changing API calls echo the CSRF cookie of the context they run in as a header. */
async function csrfHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === CSRF_COOKIE);
  expect(cookie, 'the session has a CSRF cookie').toBeDefined();
  return { [CSRF_HEADER]: cookie!.value };
}

/** Invites someone into the team and lets them accept in a browser of their own, signed in as them. */
async function inviteIntoTeam(admin: Page, browser: Browser, teamId: string, name: string, suffix: string): Promise<Colleague> {
  const email = `${name.toLowerCase()}-${suffix}@example.nl`;
  const invitation = await admin.request.post('/api/v1/invitations', { data: { email, roles: [], teamIds: [teamId] }, headers: await csrfHeaders(admin.context()) });
  expect(invitation.status(), await invitation.text()).toBe(201);
  const { acceptPath } = (await invitation.json()) as { acceptPath: string };

  const context = await browser.newContext({ locale: 'nl-NL' });
  const displayName = `${name} ${suffix}`;
  const accepted = await context.request.post(`/api/v1${acceptPath}/accept`, { data: { displayName, password: PASSWORD } });
  expect(accepted.status(), await accepted.text()).toBe(204);
  return { displayName, context, page: await context.newPage() };
}

/**
 * A fresh organisation with one team holding a professional and a manager, each signed in in a
 * browser of their own; the admin's page stays signed in as the admin.
 */
export async function setUpTeam(admin: Page, browser: Browser, suffix: string): Promise<{ teamName: string; professional: Colleague; manager: Colleague }> {
  await signUpAdmin(admin, suffix);
  const teamName = `Burgerzaken ${suffix}`;
  const created = await admin.request.post('/api/v1/teams', { data: { name: teamName }, headers: await csrfHeaders(admin.context()) });
  expect(created.status(), await created.text()).toBe(201);
  const { id: teamId } = (await created.json()) as { id: string };

  const professional = await inviteIntoTeam(admin, browser, teamId, 'Professional', suffix);
  const manager = await inviteIntoTeam(admin, browser, teamId, 'Manager', suffix);
  const me = await manager.context.request.get('/api/v1/me');
  const { id: managerId } = (await me.json()) as { id: string };
  const promoted = await admin.request.patch(`/api/v1/teams/${teamId}/members/${managerId}`, { data: { role: 'manager' }, headers: await csrfHeaders(admin.context()) });
  expect(promoted.status(), await promoted.text()).toBe(200);
  return { teamName, professional, manager };
}
