import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { WeekResponse } from '@vitaal/shared/weeks';

const PASSWORD = 'een lange zin als wachtwoord';

export interface TeamMember {
  displayName: string;
  context: BrowserContext;
  page: Page;
}

/** The CSRF header a signed-in browser context echoes on state-changing API calls. */
async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'vitaal_csrf');
  expect(cookie, 'the session sets a CSRF cookie').toBeDefined();
  return { 'x-csrf-token': decodeURIComponent(cookie!.value) };
}

/** A run-unique suffix, so repeated runs against one database never collide on email addresses. */
function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Invites a person into the team and accepts in a browser of their own, which is then signed in. */
async function addMember(admin: Page, browser: Browser, teamId: string, displayName: string, suffix: string): Promise<TeamMember> {
  const invitation = await admin.request.post('/api/v1/invitations', {
    headers: await csrfHeader(admin.context()),
    data: { email: `${displayName.split(' ')[0]!.toLowerCase()}-${suffix}@example.nl`, roles: [], teamIds: [teamId] },
  });
  expect(invitation.status(), await invitation.text()).toBe(201);
  const token = ((await invitation.json()) as { acceptPath: string }).acceptPath.split('/').pop()!;

  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const accepted = await page.request.post(`/api/v1/invitations/${token}/accept`, { data: { displayName, password: PASSWORD } });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  return { displayName, context, page };
}

/** A new organisation (its admin signed in on `admin`) with one team of two members, each in their own browser. */
export async function createTeamWithTwoMembers(admin: Page, browser: Browser) {
  const suffix = uniqueSuffix();
  const signUp = await admin.request.post('/api/v1/auth/signup', {
    data: { organizationName: `Gemeente ${suffix}`, displayName: `Beheerder ${suffix}`, email: `beheer-${suffix}@example.nl`, password: PASSWORD, locale: 'nl' },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const teamName = `Burgerzaken ${suffix}`;
  const created = await admin.request.post('/api/v1/teams', { headers: await csrfHeader(admin.context()), data: { name: teamName } });
  expect(created.status(), await created.text()).toBe(201);
  const teamId = ((await created.json()) as { id: string }).id;

  const memberA = await addMember(admin, browser, teamId, 'Sanne de Boer', suffix);
  const memberB = await addMember(admin, browser, teamId, 'Bram Jansen', suffix);
  return { teamId, teamName, memberA, memberB };
}

/** Writes "what I learned" into the member's current week, keeping everything else the week holds. */
export async function reflectOnCurrentWeek(member: TeamMember, learned: string): Promise<string> {
  const weeks = (await (await member.page.request.get('/api/v1/weeks')).json()) as { week: string }[];
  const current = weeks.at(-1)!.week;
  const week = (await (await member.page.request.get(`/api/v1/weeks/${current}`)).json()) as WeekResponse;
  const saved = await member.page.request.put(`/api/v1/weeks/${current}`, {
    headers: await csrfHeader(member.context),
    data: { version: week.version, shared: week.shared, plan: week.plan, goals: week.goals, reflection: { ...week.reflection, learned } },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  return current;
}

/** Peer hours in one of the member's weeks, as the API counts them. */
export async function peerHours(member: TeamMember, week: string): Promise<number | null> {
  const response = await member.page.request.get(`/api/v1/weeks/${week}`);
  return ((await response.json()) as WeekResponse).reflection.hours.peer;
}

/**
 * The date and time inputs' values for one hour ago, in the browser's own zone: a session that
 * has just taken place, so its hours can be carried.
 */
export async function anHourAgo(page: Page): Promise<{ date: string; time: string }> {
  return page.evaluate(() => {
    const moment = new Date(Date.now() - 60 * 60 * 1000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return {
      date: `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`,
      time: `${pad(moment.getHours())}:${pad(moment.getMinutes())}`,
    };
  });
}
