import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signUpProfessional } from './support/loop-account';
import { expectAutosaved, planWeek, reflectOnWeek, type WeekEntry } from './support/loop-week';

const entry: WeekEntry = {
  goalTitle: 'Lastige gesprekken voeren',
  intentions: 'Dinsdag het hoofdstuk over de-escalatie lezen en donderdag oefenen in de intervisie.',
  plannedHours: '3',
  learned: 'Eerst de emotie benoemen haalt de spanning eruit.',
  hours: { workplace: '2', peer: '1,5' },
  goalHours: '2',
  goalProgress: '30',
  nextStep: 'Een collega vragen mee te kijken bij een lastig gesprek.',
};

test('the weekly loop: set a goal, plan and reflect on the week, submit it, and see it come back', async ({ page }) => {
  test.setTimeout(120_000);
  const professional = await signUpProfessional(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
  await expect(page.getByText(`, ${professional.displayName}.`)).toBeVisible();
  await expect(page.getByText('Klaar om te beginnen?')).toBeVisible();
  await expectAccessible(page);

  // A goal, in the professional's own words.
  await page.getByRole('link', { name: 'Stel je eerste leerdoel op' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw leerdoel' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Titel').fill(entry.goalTitle);
  await page.getByLabel('Ontwikkelvraag').fill('Hoe blijf ik rustig en duidelijk als een cliënt boos wordt?');
  await page.getByLabel('Vitaliteit en werkklimaat').check();
  await page.getByLabel('Gedeeld').check();
  await expect(page.getByRole('radio', { name: 'Actief' })).toBeChecked();
  await page.getByRole('button', { name: 'Leerdoel opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: entry.goalTitle })).toBeVisible();
  await expect(page.getByText('Actief', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // This week: the plan, then the reflection, saved as it is typed.
  await page.getByRole('link', { name: 'Mijn weken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn weken' })).toBeVisible();
  await expectAccessible(page);
  const thisWeek = page.locator('tr[aria-current="date"]');
  await expect(thisWeek).toContainText('Nog niet begonnen');
  await thisWeek.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Week \d+, \d{4}$/ })).toBeVisible();
  await expectAccessible(page);

  await planWeek(page, entry);
  await expectAutosaved(page);
  await reflectOnWeek(page, entry);
  await expectAutosaved(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Week inleveren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je week is ingeleverd.' })).toBeVisible();
  await expect(page.getByText('Ingeleverd', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Week inleveren' })).toBeHidden();

  // The overview counts it.
  await page.getByRole('link', { name: 'Overzicht' }).click();
  const streak = page.getByRole('region', { name: 'Reeks' });
  await expect(streak).toContainText('1 week op rij ingeleverd');
  await expect(page.getByRole('region', { name: 'Deze week' })).toContainText('Je hebt je week ingeleverd.');
  const hours = page.getByRole('region', { name: 'Leeruren' });
  await hours.getByText('Toon de cijfers als tabel').click();
  const lastRow = hours.getByRole('row').last();
  // Planned, learned, and the norm of the week (36 contract hours × 10 %).
  await expect(lastRow.getByRole('cell')).toHaveText(['3', '3,5', '3,6']);
  await expectAccessible(page);

  // The goal moved with the reflection, and remembers the week.
  await page.getByRole('link', { name: 'Mijn doelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn leerdoelen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: entry.goalTitle }).click();
  await expect(page.getByText('30% gedaan')).toBeVisible();
  const history = page.getByRole('table', { name: 'Weken waarin je aan dit doel werkte' });
  await expect(history.getByRole('row').last().getByRole('cell')).toHaveText(['2', '30%', 'Ja']);
  await expectAccessible(page);
});
