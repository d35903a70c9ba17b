import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { uniqueSuffix } from './support/admin-session';
import { setUpTeam } from './support/learning-time-team';
import { invite, submitThisWeek } from './support/organization';

test('a manager follows a professional’s weeks; L&O staff read only what the professional shared', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const { teamName, professional, manager } = await setUpTeam(page, browser, suffix);
  const lno = await invite(page, browser, { displayName: `Lotte ${suffix}`, suffix, roles: ['lno'] });
  const week = await submitThisWeek(professional, { energy: 4, shared: true, learned: `Samenvatten helpt ${suffix}` });
  const weekNumber = Number(week.slice(-2));

  // The manager goes from "My teams" to the professional's page.
  const boss = manager.page;
  await boss.goto('/');
  await boss.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn teams' }).click();
  const team = boss.getByRole('region', { name: teamName });
  await expect(team.getByRole('link', { name: `Teamcijfers van ${teamName}` })).toBeVisible();
  await expectAccessible(boss);
  await team.getByRole('link', { name: professional.displayName }).click();
  await expect(boss.getByRole('heading', { level: 1, name: professional.displayName })).toBeVisible();
  const row = boss
    .getByRole('table', { name: 'Weken, de nieuwste bovenaan' })
    .getByRole('row', { name: new RegExp(`^Week ${weekNumber} `) });
  await expect(row.getByRole('cell').first()).toHaveText('Ja');
  await expect(boss.getByRole('article', { name: new RegExp(`Week ${weekNumber}`) })).toContainText(
    `Samenvatten helpt ${suffix}`,
  );
  await expectAccessible(boss);

  // L&O staff read the shared texts, but not per person whether weeks were submitted.
  const adviser = lno.page;
  await adviser.goto(`/people/${professional.id}`);
  await expect(adviser.getByRole('heading', { level: 1, name: professional.displayName })).toBeVisible();
  await expect(adviser.getByText(/zie je alleen in teamcijfers/)).toBeVisible();
  await expect(adviser.getByRole('table', { name: 'Weken, de nieuwste bovenaan' })).toHaveCount(0);
  await expect(adviser.getByRole('article', { name: new RegExp(`Week ${weekNumber}`) })).toContainText(
    `Samenvatten helpt ${suffix}`,
  );
  await expectAccessible(adviser);

  for (const person of [professional, manager, lno]) await person.context.close();
});
