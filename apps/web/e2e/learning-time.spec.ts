import { expect, test } from '@playwright/test';
import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import { expectAccessible } from './support/a11y';
import { uniqueSuffix } from './support/admin-session';
import { setUpTeam } from './support/learning-time-team';

test('a professional asks for learning time, their manager approves it, and the professional is told', async ({
  page,
  browser,
}) => {
  // Three people, two of them in browsers of their own, and an accessibility scan of every page.
  test.setTimeout(90_000);
  const { teamName, professional, manager } = await setUpTeam(page, browser, uniqueSuffix());
  // New organisations count weeks in Europe/Amsterdam.
  const nextWeek = formatIsoWeek(addIsoWeeks(parseIsoWeek(isoWeekKey(new Date(), 'Europe/Amsterdam'))!, 1));
  const weekNumber = parseIsoWeek(nextWeek)!.week;

  // The professional asks for 4 hours next week and sees what that does to their balance.
  const me = professional.page;
  await me.goto('/learning-time');
  await expect(me.getByRole('heading', { level: 1, name: 'Leertijd' })).toBeVisible();
  await expect(me.getByText(`De leidinggevenden van ${teamName} beslissen over je aanvraag.`)).toBeVisible();
  await expectAccessible(me);
  await me.getByLabel('Week', { exact: true }).selectOption(nextWeek);
  await me.getByLabel('Aantal uur').fill('4');
  await expect(me.getByText(/^Na deze aanvraag heb je in \d{4} 4 van [\d,]+ uur aangevraagd\.$/)).toBeVisible();
  await me.getByLabel('Vorm van leren').selectOption('course');
  await me.getByLabel('Wat ga je leren?').fill('Cursus klantgericht schrijven');
  await me.getByRole('button', { name: 'Aanvragen' }).click();
  await expect(
    me.getByRole('status').filter({ hasText: `Je aanvraag voor 4 uur in week ${weekNumber}` }),
  ).toBeVisible();
  const myRequest = me
    .getByRole('listitem')
    .filter({ has: me.getByRole('heading', { level: 3, name: new RegExp(`^week ${weekNumber} `) }) });
  await expect(myRequest.getByText('Wacht op beslissing')).toBeVisible();
  await expectAccessible(me);

  // The manager finds it in the queue, with the requester's balance, and approves it.
  const boss = manager.page;
  await boss.goto('/learning-time/approvals');
  await expect(boss.getByRole('heading', { level: 1, name: 'Leertijd goedkeuren' })).toBeVisible();
  const row = boss
    .getByRole('row')
    .filter({ has: boss.getByRole('rowheader', { name: `${professional.displayName} ${teamName}` }) });
  await expect(row.getByText(/^0 van [\d,]+ uur goedgekeurd$/)).toBeVisible();
  await expect(row.getByText('4 uur aangevraagd')).toBeVisible();
  await expect(row.getByText('Cursus klantgericht schrijven')).toBeVisible();
  await expect(boss.getByRole('link', { name: 'Meldingen, 1 ongelezen' })).toBeVisible();
  await expectAccessible(boss);
  await row
    .getByRole('button', {
      name: new RegExp(`^Aanvraag van ${professional.displayName} voor week ${weekNumber} .* goedkeuren$`),
    })
    .click();
  await expect(
    boss.getByRole('status').filter({ hasText: `De aanvraag van ${professional.displayName} is goedgekeurd.` }),
  ).toBeVisible();
  await expect(boss.getByText('Er wachten geen aanvragen op je beslissing.')).toBeVisible();
  await expectAccessible(boss);

  // The approved time shows in the team calendar.
  await boss.getByRole('link', { name: 'Bekijk de teamagenda' }).click();
  await expect(boss.getByRole('heading', { level: 1, name: 'Teamagenda' })).toBeVisible();
  const calendarRow = boss
    .getByRole('row')
    .filter({ has: boss.getByRole('rowheader', { name: professional.displayName }) });
  await expect(calendarRow.getByRole('cell').nth(1)).toHaveText('4 uur');
  await expectAccessible(boss);

  // The professional sees the approval, the new balance and a notification in the header.
  await me.reload();
  await expect(myRequest.getByText('Goedgekeurd', { exact: true })).toBeVisible();
  const year = me.getByRole('article', { name: /^Dit jaar/ });
  await expect(year.getByRole('term').filter({ hasText: 'Goedgekeurd' }).locator('xpath=..')).toContainText('4 uur');
  const bell = me.getByRole('link', { name: 'Meldingen, 1 ongelezen' });
  await expect(bell).toBeVisible();
  await expectAccessible(me);
  await bell.click();
  await expect(me.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  const notification = me.getByRole('link', {
    name: `Je aanvraag voor 4 uur leertijd in week ${weekNumber} is goedgekeurd.`,
  });
  await expect(notification).toBeVisible();
  await expectAccessible(me);

  // Opening it marks it read.
  await notification.click();
  await expect(me.getByRole('heading', { level: 1, name: 'Leertijd' })).toBeVisible();
  await expect(me.getByRole('link', { name: 'Meldingen', exact: true })).toBeVisible();

  await professional.context.close();
  await manager.context.close();
});
