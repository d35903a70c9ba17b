import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { uniqueSuffix } from './support/admin-session';
import { setUpTeam } from './support/learning-time-team';

/** Kept with the run's artifacts, narrow and wide, to see the table as people will. */
async function snapshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [width, height, size] of [
    [390, 844, 'narrow'],
    [1280, 900, 'wide'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size}.png`), fullPage: true });
  }
}

test('a professional reads who may see what of their data and their organisation’s settings, in Dutch and English', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { professional } = await setUpTeam(page, browser, uniqueSuffix());
  const me = professional.page;

  await me.goto('/');
  await me.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(me.getByRole('heading', { level: 1, name: 'Privacy en inzage' })).toBeVisible();
  const table = me.getByRole('table', { name: 'Wat iedereen mag met de gegevens van een professional' });
  await expect(table.getByRole('columnheader', { name: 'Leidinggevenden van je team' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Energie, werkklimaat en werkdruk/ }).getByRole('cell')).toHaveText([
    'Lezen en wijzigen',
    'Geen toegang',
    'Alleen totalen',
    'Alleen totalen',
    'Geen toegang',
  ]);
  await expect(me.getByRole('region', { name: /^Afspraken in Organisatie / })).toContainText(
    'Minimale groepsgrootte5 mensen',
  );
  await expect(me.getByRole('link', { name: 'Mijn gegevens downloaden' })).toHaveAttribute('href', '/my-data');
  await expectAccessible(me);
  await snapshots(me, testInfo, 'privacy-nl');

  await me.getByLabel('Taal', { exact: true }).selectOption('en');
  await expect(me.getByRole('heading', { level: 1, name: 'Privacy and access' })).toBeVisible();
  await expect(me.getByRole('table', { name: "What everyone may do with a professional's data" })).toBeVisible();
  await expect(me.getByRole('region', { name: /^Settings of Organisatie / })).toContainText('5 people');
  await expectAccessible(me);
  await snapshots(me, testInfo, 'privacy-en');
  await professional.context.close();
});
