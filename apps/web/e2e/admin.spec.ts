import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { PASSWORD, signUpAdmin, uniqueSuffix } from './support/admin-session';

test('an admin creates a team, invites someone into it, changes their roles and finds it all in the log', async ({
  page,
  browser,
}) => {
  // Two accounts and an accessibility scan of every page take longer than one page's default time.
  test.setTimeout(60_000);
  const suffix = uniqueSuffix();
  await signUpAdmin(page, suffix);
  const teamName = `Wijkteam ${suffix}`;
  const invitee = { email: `collega-${suffix}@example.nl`, displayName: `Collega ${suffix}` };

  // Create a team.
  await page.goto('/admin/teams');
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen teams.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Naam van het team').fill(teamName);
  await page.getByRole('button', { name: 'Team aanmaken' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Team ${teamName} is aangemaakt.` })).toBeVisible();
  await expect(page.getByRole('link', { name: teamName, exact: true })).toBeVisible();

  // Invite a person into it and read the accept link from the page.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mensen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mensen' })).toBeVisible();
  await expect(page.getByText('(jij)')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill(invitee.email);
  await page.getByLabel(teamName).check();
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  const linkField = page.getByLabel('Uitnodigingslink');
  await expect(linkField).toHaveValue(/\/invitations\/.+/);
  const acceptLink = await linkField.inputValue();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: invitee.email, exact: true })).toBeVisible();
  await expectAccessible(page);

  // The invitee accepts in a browser of their own.
  const inviteeContext = await browser.newContext({ locale: 'nl-NL' });
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(acceptLink);
  await expect(inviteePage.getByRole('heading', { level: 1, name: 'Uitnodiging aannemen' })).toBeVisible();
  await expectAccessible(inviteePage);
  await inviteePage.getByLabel('Je naam').fill(invitee.displayName);
  await inviteePage.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await inviteePage.getByLabel('Herhaal je wachtwoord').fill(PASSWORD);
  await inviteePage.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(inviteePage).toHaveURL(/\/$/);
  await expect(
    inviteePage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mensen' }),
  ).toHaveCount(0);
  await inviteeContext.close();

  // Make them L&O on the people page.
  await page.reload();
  await page.getByLabel('Zoeken').fill(invitee.displayName);
  const row = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: teamName })).toBeVisible();
  await row.getByRole('button', { name: `${invitee.displayName} bewerken` }).click();
  const editor = page
    .getByRole('cell')
    .filter({ has: page.getByRole('heading', { name: `${invitee.displayName} bewerken` }) });
  await editor.getByLabel('L&O').check();
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(row.getByRole('cell', { name: 'L&O', exact: true })).toBeVisible();
  await expectAccessible(page);

  // Make them manager on the team page.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teams' }).click();
  await page.getByRole('link', { name: teamName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  await expect(page.getByText('1 lid, 0 leidinggevenden')).toBeVisible();
  await page.getByLabel(`Rol van ${invitee.displayName}`).selectOption('manager');
  await page.getByRole('button', { name: `Rol van ${invitee.displayName} opslaan` }).click();
  await expect(page.getByText('1 lid, 1 leidinggevende')).toBeVisible();
  await expectAccessible(page);

  // Everything shows up in the audit log, newest first.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
  const log = page.getByRole('table');
  await expect(log.getByRole('row').nth(1)).toContainText('Rol in team gewijzigd');
  await expect(log.getByRole('row').nth(1)).toContainText(`${invitee.displayName}: Lid`);
  for (const action of ['Rollen gewijzigd', 'Uitnodiging geaccepteerd', 'Uitnodiging gemaakt', 'Team aangemaakt']) {
    await expect(log.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  await expectAccessible(page);

  await page.getByLabel('Soort').selectOption('teams');
  await expect(log.getByRole('cell', { name: 'Rollen gewijzigd', exact: true })).toHaveCount(0);
  await expect(log.getByRole('cell', { name: 'Team aangemaakt', exact: true })).toBeVisible();
});

test('an admin changes the organisation settings', async ({ page }) => {
  await signUpAdmin(page, uniqueSuffix());

  await page.goto('/admin/organization');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisatie' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Leernorm (% van de contracturen)').fill('12');
  const retention = page.getByLabel('Bewaartermijn (maanden)');
  await expect(retention).toHaveValue('24');
  await retention.fill('3');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Deze waarde valt buiten het toegestane bereik.')).toBeVisible();
  await expectAccessible(page);
  await retention.fill('36');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Leernorm (% van de contracturen)')).toHaveValue('12');
  await expect(page.getByLabel('Bewaartermijn (maanden)')).toHaveValue('36');
});
