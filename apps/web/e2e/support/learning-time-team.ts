import type { Browser, Page } from '@playwright/test';
import { signUpAdmin } from './admin-session';
import { createTeam, invite, makeManager, type Person } from './organization';

/**
 * A fresh organisation with one team holding a professional and a manager, each signed in in a
 * browser of their own; the admin's page stays signed in as the admin.
 */
export async function setUpTeam(
  admin: Page,
  browser: Browser,
  suffix: string,
): Promise<{ teamName: string; professional: Person; manager: Person }> {
  await signUpAdmin(admin, suffix);
  const teamName = `Burgerzaken ${suffix}`;
  const teamId = await createTeam(admin, teamName);
  const professional = await invite(admin, browser, {
    displayName: `Professional ${suffix}`,
    suffix,
    teamIds: [teamId],
  });
  const manager = await invite(admin, browser, { displayName: `Manager ${suffix}`, suffix, teamIds: [teamId] });
  await makeManager(admin, teamId, manager);
  return { teamName, professional, manager };
}
