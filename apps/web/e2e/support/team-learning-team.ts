import { expect, type Browser, type Page } from '@playwright/test';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { signUpAdmin, uniqueSuffix } from './admin-session';
import { createTeam, csrfHeaders, invite, type Person } from './organization';

/** A new organisation (its admin signed in on `admin`) with one team of two members, each in their own browser. */
export async function createTeamWithTwoMembers(admin: Page, browser: Browser) {
  const suffix = uniqueSuffix();
  await signUpAdmin(admin, suffix);
  const teamName = `Burgerzaken ${suffix}`;
  const teamId = await createTeam(admin, teamName);
  const memberA = await invite(admin, browser, { displayName: 'Sanne de Boer', suffix, teamIds: [teamId] });
  const memberB = await invite(admin, browser, { displayName: 'Bram Jansen', suffix, teamIds: [teamId] });
  return { teamId, teamName, memberA, memberB };
}

/** Writes "what I learned" into the member's current week, keeping everything else the week holds. */
export async function reflectOnCurrentWeek(member: Person, learned: string): Promise<string> {
  const weeks = (await (await member.page.request.get('/api/v1/weeks')).json()) as { week: string }[];
  const current = weeks.at(-1)!.week;
  const week = (await (await member.page.request.get(`/api/v1/weeks/${current}`)).json()) as WeekResponse;
  const saved = await member.page.request.put(`/api/v1/weeks/${current}`, {
    headers: await csrfHeaders(member.context),
    data: {
      version: week.version,
      shared: week.shared,
      plan: week.plan,
      goals: week.goals,
      reflection: { ...week.reflection, learned },
    },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  return current;
}

/** Peer hours in one of the member's weeks, as the API counts them. */
export async function peerHours(member: Person, week: string): Promise<number | null> {
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
