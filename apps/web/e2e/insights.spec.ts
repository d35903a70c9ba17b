import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signUpAdmin, uniqueSuffix } from './support/admin-session';
import { createTeam, csrfHeaders, invite, makeManager, submitThisWeek, type Person } from './support/organization';

/** Fails the test on any Content-Security-Policy violation the charts might cause. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const suffix = uniqueSuffix();
const teams = { big: `Burgerzaken ${suffix}`, small: `Archief ${suffix}` };
let people: { lno: Person; manager: Person; member: Person; loner: Person };
let bigId: string;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ locale: 'nl-NL' });
  const admin = await adminContext.newPage();
  await signUpAdmin(admin, suffix);
  // A minimum group of three keeps the test small while scores of a group of one stay hidden.
  const organization = (await (await admin.request.get('/api/v1/organization')).json()) as { version: number };
  const changed = await admin.request.patch('/api/v1/organization', {
    data: { version: organization.version, minGroupSize: 3 },
    headers: await csrfHeaders(adminContext),
  });
  expect(changed.ok(), await changed.text()).toBe(true);

  bigId = await createTeam(admin, teams.big);
  const smallId = await createTeam(admin, teams.small);
  const manager = await invite(admin, browser, { displayName: `Manager ${suffix}`, suffix, teamIds: [bigId] });
  await makeManager(admin, bigId, manager);
  const members = [
    await invite(admin, browser, { displayName: `Sanne ${suffix}`, suffix, teamIds: [bigId] }),
    await invite(admin, browser, { displayName: `Bram ${suffix}`, suffix, teamIds: [bigId] }),
    await invite(admin, browser, { displayName: `Fatima ${suffix}`, suffix, teamIds: [bigId] }),
  ];
  for (const [index, member] of members.entries()) await submitThisWeek(member, { energy: 3 + index });
  const loner = await invite(admin, browser, { displayName: `Kees ${suffix}`, suffix, teamIds: [smallId] });
  await submitThisWeek(loner, { energy: 1 });
  const lno = await invite(admin, browser, { displayName: `Lotte ${suffix}`, suffix, roles: ['lno'] });
  people = { lno, manager, member: members[0]!, loner };
  await adminContext.close();
});

test.afterAll(async () => {
  for (const person of Object.values(people ?? {})) await person.context.close();
});

test('L&O staff compare the teams, sort, filter, download the CSV and open a team’s dashboard', async () => {
  const page = people.lno.page;
  const csp = watchCsp(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inzichten' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Teams en hun cijfers over de laatste 12 weken' });
  const small = table.getByRole('row', { name: new RegExp(`^${teams.small}`) });
  await expect(small).toContainText('klein team (minder dan 3 leden)');
  // This week and last week are still open: said on the page, and dashed in each team's trend.
  await expect(page.getByText(/^Weken \d+ en \d+ zijn nog open/)).toBeVisible();
  await expect(table.locator('polyline.insights-trend__open').first()).toBeAttached();
  await expect(
    table
      .getByRole('row', { name: new RegExp(`^${teams.big}`) })
      .getByRole('cell')
      .first(),
  ).toHaveText('4');
  await expectAccessible(page);

  // Sort by members, largest first: two presses on the heading button.
  const members = page.getByRole('button', { name: 'Leden' });
  await members.click();
  await members.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Leden' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('rowheader')).toHaveText([teams.big, teams.small, 'Hele organisatie']);
  await page.getByRole('searchbox', { name: 'Zoek een team' }).fill('archief');
  await expect(table.getByRole('rowheader')).toHaveText([teams.small, 'Hele organisatie']);
  await page.getByRole('searchbox', { name: 'Zoek een team' }).fill('');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download als CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]!.split(';').slice(0, 4)).toEqual(['team', 'periode', 'leden', 'planning ingevuld %']);
  expect(lines.find((line) => line.startsWith(`${teams.big};`))!.split(';')[2]).toBe('4');

  await table.getByRole('link', { name: teams.big }).click();
  await expect(page.getByRole('heading', { level: 1, name: teams.big })).toBeVisible();
  await expect(page.getByText(/^Weken \d+ en \d+ zijn nog open/)).toBeVisible();
  // Each chart shades the open weeks.
  await expect(page.locator('.recharts-reference-area')).toHaveCount(3);
  const wellbeing = page.getByRole('region', { name: 'Energie, werkklimaat en werkdruk' });
  await wellbeing.getByText('Toon de cijfers als tabel').click();
  // This week's three answers make an average; the weeks before it have none.
  const thisWeek = wellbeing.getByRole('table', { name: 'Energie, werkklimaat en werkdruk' }).getByRole('row').last();
  await expect(thisWeek.getByRole('cell')).toHaveText(['4', '4', '3']);
  for (const title of ['Planning en reflectie', 'Leeruren tegenover de norm']) {
    const chart = page.getByRole('region', { name: title });
    await chart.getByText('Toon de cijfers als tabel').click();
    await expect(chart.getByRole('table', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Gedeelde leerdoelen' })).toContainText(
    'Nog niemand in dit team deelt een leerdoel.',
  );
  await expectAccessible(page);
  await page.getByRole('link', { name: '← Alle teams' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inzichten' })).toBeVisible();
  expect(csp).toEqual([]);
});

test('a manager opens the dashboard of the team they manage', async () => {
  const page = people.manager.page;
  const csp = watchCsp(page);
  await page.goto('/insights');
  await page.getByRole('region', { name: 'Jouw teams' }).getByRole('link', { name: teams.big }).click();
  await expect(page.getByRole('heading', { level: 1, name: teams.big })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Leeruren tegenover de norm' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/insights/teams/${bigId}$`));
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test('a member sees no insights: no menu item, and "not for you" on the pages', async () => {
  const page = people.member.page;
  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn weken' }),
  ).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzichten' }),
  ).toHaveCount(0);
  await page.goto('/insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Niet voor jou' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/insights/teams/${bigId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Niet voor jou' })).toBeVisible();
});
