import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER } from '@vitaal/shared/auth';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { PASSWORD } from './admin-session';

/** Someone signed in in a browser of their own. */
export interface Person {
  id: string;
  displayName: string;
  email: string;
  context: BrowserContext;
  page: Page;
}

/** State-changing API calls echo the CSRF cookie of the context they run in as a header. */
export async function csrfHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === CSRF_COOKIE);
  expect(cookie, 'the session has a CSRF cookie').toBeDefined();
  return { [CSRF_HEADER]: decodeURIComponent(cookie!.value) };
}

/** Invites someone through the API and lets them accept in a browser of their own, signed in as them. */
export async function invite(
  admin: Page,
  browser: Browser,
  {
    displayName,
    suffix,
    roles = [],
    teamIds = [],
  }: { displayName: string; suffix: string; roles?: string[]; teamIds?: string[] },
): Promise<Person> {
  const email = `${displayName.split(' ')[0]!.toLowerCase()}-${suffix}@example.nl`;
  const invitation = await admin.request.post('/api/v1/invitations', {
    data: { email, roles, teamIds },
    headers: await csrfHeaders(admin.context()),
  });
  expect(invitation.status(), await invitation.text()).toBe(201);
  const { acceptPath } = (await invitation.json()) as { acceptPath: string };
  const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
  const accepted = await context.request.post(`/api/v1${acceptPath}/accept`, {
    data: { displayName, password: PASSWORD },
  });
  expect(accepted.status(), await accepted.text()).toBe(204);
  const { id } = (await (await context.request.get('/api/v1/me')).json()) as { id: string };
  return { id, displayName, email, context, page: await context.newPage() };
}

export async function createTeam(admin: Page, name: string): Promise<string> {
  const created = await admin.request.post('/api/v1/teams', {
    data: { name },
    headers: await csrfHeaders(admin.context()),
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

export async function makeManager(admin: Page, teamId: string, person: Person): Promise<void> {
  const promoted = await admin.request.patch(`/api/v1/teams/${teamId}/members/${person.id}`, {
    data: { role: 'manager' },
    headers: await csrfHeaders(admin.context()),
  });
  expect(promoted.status(), await promoted.text()).toBe(200);
}

/** Plans and reflects on this week through the API, then submits it; returns the week. */
export async function submitThisWeek(
  person: Person,
  { energy, shared = false, learned = 'Eerst luisteren' }: { energy: number; shared?: boolean; learned?: string },
): Promise<string> {
  const request = person.context.request;
  const weeks = (await (await request.get('/api/v1/weeks')).json()) as { week: string }[];
  const current = weeks.at(-1)!.week;
  const week = (await (await request.get(`/api/v1/weeks/${current}`)).json()) as WeekResponse;
  const saved = await request.put(`/api/v1/weeks/${current}`, {
    headers: await csrfHeaders(person.context),
    data: {
      version: week.version,
      shared,
      goals: [],
      plan: { intentions: 'Oefenen met lastige gesprekken', plannedHours: 2 },
      reflection: {
        ...week.reflection,
        learned,
        hours: { workplace: 2, course: null, peer: 1, self_study: null },
        energy,
        climate: 4,
        workload: 3,
        aiUsed: false,
      },
    },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  const submitted = await request.post(`/api/v1/weeks/${current}/submit`, {
    headers: await csrfHeaders(person.context),
  });
  expect(submitted.ok(), await submitted.text()).toBe(true);
  return current;
}
