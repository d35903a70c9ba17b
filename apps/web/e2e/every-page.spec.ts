import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { expectAccessible } from './support/a11y';
import { signUpAdmin, uniqueSuffix } from './support/admin-session';
import { createTeam, csrfHeaders, invite, makeManager, submitThisWeek } from './support/organization';
import { PAGE_WALK, ROLES, type Role, type World } from './support/page-walk';

/**
 * Every page of the router, as each role that may open it, on a phone (360 px) and a desktop (1280 px):
 * the page never scrolls sideways, whatever can be clicked is on the screen or in a table that scrolls by
 * keyboard, the page's key actions are on the screen as it is, the menu works by keyboard, and axe finds
 * nothing serious. WALK_SCREENSHOTS=<folder> keeps a full-page picture of each visit to look at.
 */
const WIDTHS = [360, 1280] as const;
const softly = expect.configure({ soft: true });
const SCREENSHOTS = process.env.WALK_SCREENSHOTS;

type Sessions = Record<Exclude<Role, 'visitor'>, Awaited<ReturnType<BrowserContext['storageState']>>>;
let world: World;
let sessions: Sessions;

async function post(person: { context: BrowserContext; page: Page }, url: string, data: object): Promise<string> {
  const response = await person.page.request.post(url, { data, headers: await csrfHeaders(person.context) });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { id: string }).id;
}

/** One organisation with a person in each role and something on every page: a goal, a week, requests, a session. */
async function buildWorld(browser: Browser): Promise<{ world: World; sessions: Sessions }> {
  const suffix = uniqueSuffix();
  const adminContext = await browser.newContext({ locale: 'nl-NL' });
  const admin = { context: adminContext, page: await adminContext.newPage() };
  await signUpAdmin(admin.page, suffix);
  const teamId = await createTeam(admin.page, `Burgerzaken ${suffix}`);
  const professional = await invite(admin.page, browser, { displayName: 'Sanne de Boer', suffix, teamIds: [teamId] });
  const manager = await invite(admin.page, browser, { displayName: 'Mark Jansen', suffix, teamIds: [teamId] });
  await makeManager(admin.page, teamId, manager);
  const lno = await invite(admin.page, browser, { displayName: 'Lotte van Dijk', suffix, roles: ['lno'] });

  const goalId = await post(professional, '/api/v1/goals', {
    title: 'Lastige gesprekken voeren met inwoners die boos aan de balie staan',
    developmentQuestion: 'Hoe blijf ik rustig en vriendelijk als iemand tegen me uitvalt?',
  });
  await post(professional, `/api/v1/goals/${goalId}/milestones`, { title: 'Training de-escalatie volgen' });
  const week = await submitThisWeek(professional, { energy: 4, shared: true });
  const nextWeek = formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, 1));
  for (const purpose of ['Cursus klantgericht schrijven voor de gemeentelijke brieven', 'Meelopen met het KCC'])
    await post(professional, '/api/v1/learning-time/requests', {
      week: nextWeek,
      hours: 4,
      form: 'course',
      purpose,
      teamId,
    });
  const sessionId = await post(manager, `/api/v1/teams/${teamId}/sessions`, {
    kind: 'intervision',
    title: 'Intervisie: een boze inwoner aan de balie',
    startsAt: new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString(),
    durationMinutes: 90,
  });
  await post(professional, `/api/v1/teams/${teamId}/learnings`, {
    body: 'Eerst laten uitpraten en dan samenvatten werkt beter dan meteen uitleggen hoe het zit.',
  });
  const invitation = await admin.page.request.post('/api/v1/invitations', {
    data: { email: `nieuw-${suffix}@example.nl`, roles: [], teamIds: [teamId] },
    headers: await csrfHeaders(admin.context),
  });
  expect(invitation.status(), await invitation.text()).toBe(201);
  const { acceptPath } = (await invitation.json()) as { acceptPath: string };

  const people: Record<Exclude<Role, 'visitor'>, { context: BrowserContext }> = {
    professional,
    manager,
    lno,
    admin,
  };
  const states = Object.fromEntries(
    await Promise.all(
      Object.entries(people).map(async ([role, person]) => [role, await person.context.storageState()]),
    ),
  ) as Sessions;
  for (const person of Object.values(people)) await person.context.close();
  return {
    world: { teamId, goalId, week, sessionId, professionalId: professional.id, invitationPath: acceptPath },
    sessions: states,
  };
}

/** Interactive things that are shown but lie (partly) beside the screen, outside any table that scrolls by keyboard. */
function offScreenControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inKeyboardScroller = (element: Element) => element.closest('.table-scroll[tabindex="0"]') !== null;
    return [
      ...document.querySelectorAll(
        'main a[href], main button, main input, main select, main textarea, header a, header button, header select',
      ),
    ]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        return (box.left < -1 || box.right > width + 1) && !inKeyboardScroller(element);
      })
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
  });
}

/** Boxes that hide part of their content sideways without saying so: only a TableScroll with its hint may. */
function silentScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => {
        if (!element.checkVisibility()) return false;
        const overflow = getComputedStyle(element).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1;
      })
      .filter(
        (element) =>
          !element.matches('.table-scroll[role="region"][tabindex="0"]') ||
          !element.parentElement?.previousElementSibling?.matches('.table-scroll__hint'),
      )
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
}

async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading-state')).toHaveCount(0);
}

/** On a phone the navigation folds behind a button that opens, closes with Escape and gives focus back. */
async function checkFoldedMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  // The links come right after the button in the tab order.
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  expect(await offScreenControls(page), 'the open menu fits the screen').toEqual([]);
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(nav).toBeHidden();
  // Choosing a page closes the menu again.
  await button.click();
  await nav.getByRole('link', { name: 'Privacy' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
}

/** On a wide screen the navigation is simply there, with no button in front of it. */
async function checkOpenMenu(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
}

test.describe('every page at phone and desktop width', () => {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(90_000);
    ({ world, sessions } = await buildWorld(browser));
  });

  for (const role of ROLES)
    for (const width of WIDTHS)
      test(`as ${role} at ${width} px`, async ({ browser }) => {
        const visits = Object.entries(PAGE_WALK).filter(([, visit]) => visit.roles.includes(role));
        test.setTimeout(20_000 + visits.length * 8_000);
        const context = await browser.newContext({
          locale: 'nl-NL',
          viewport: { width, height: 800 },
          storageState: role === 'visitor' ? undefined : sessions[role],
        });
        const page = await context.newPage();
        if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });

        for (const [pattern, visit] of visits)
          await test.step(pattern, async () => {
            await page.goto(visit.path(world));
            await settle(page);
            // The numbers behind each chart are checked too, unfolded as a reader would.
            await page
              .locator('main details:not([open])')
              .evaluateAll((closed: HTMLDetailsElement[]) => closed.forEach((details) => (details.open = true)));
            if (pattern !== '/*')
              await expect(page.getByRole('heading', { level: 1 }), 'not an error page').not.toHaveText(
                /niet gevonden|Er ging iets mis|Geen toegang/i,
              );
            await expect.soft(page.locator('main .error-state'), `${pattern}: an error shown`).toHaveCount(0);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect.soft(overflow, `${pattern}: the page scrolls sideways`).toBeLessThanOrEqual(0);
            expect.soft(await offScreenControls(page), `${pattern}: controls beside the screen`).toEqual([]);
            // The hint shows once the table has been measured, a moment after the page.
            await softly
              .poll(() => silentScrollers(page), { message: `${pattern}: hidden columns, no hint` })
              .toEqual([]);
            const keyActions = !visit.keyActionsFor || visit.keyActionsFor.includes(role) ? visit.keyActions : [];
            for (const name of keyActions ?? []) {
              const action = page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
              await expect(action, `${pattern}: ${name} is shown`).toBeVisible();
              await action.scrollIntoViewIfNeeded();
              const box = (await action.boundingBox())!;
              expect.soft(box.x >= 0 && box.x + box.width <= width, `${pattern}: ${name} on the screen`).toBe(true);
            }
            await expectAccessible(page);
            if (SCREENSHOTS)
              await page.screenshot({
                path: `${SCREENSHOTS}/${role}-${width}${pattern.replace('*', 'unknown').replaceAll(/[/:]+/g, '_')}.png`,
                fullPage: true,
              });
          });

        if (role !== 'visitor')
          await test.step('the menu', async () => {
            await page.goto('/');
            await settle(page);
            await (width < 960 ? checkFoldedMenu(page) : checkOpenMenu(page));
          });
        await context.close();
      });
});
