import { expect, type Page } from '@playwright/test';

export interface WeekEntry {
  goalTitle: string;
  intentions: string;
  plannedHours: string;
  learned: string;
  hours: { workplace: string; peer: string };
  goalHours: string;
  goalProgress: string;
  nextStep: string;
}

/** The plan, as at the start of the week. */
export async function planWeek(page: Page, entry: WeekEntry): Promise<void> {
  const plan = page.getByRole('region', { name: 'Plan' });
  await plan.getByLabel('Wat ga je deze week leren?').fill(entry.intentions);
  await plan.getByLabel('Geplande leeruren').fill(entry.plannedHours);
  await plan.getByRole('checkbox', { name: entry.goalTitle }).check();
}

/** The reflection, as at the end of the week: hours, the three scores, what was learned, progress. */
export async function reflectOnWeek(page: Page, entry: WeekEntry): Promise<void> {
  const reflection = page.getByRole('region', { name: 'Terugblik' });
  await reflection.getByLabel('Wat heb je geleerd?').fill(entry.learned);
  await reflection.getByLabel('Op de werkplek').fill(entry.hours.workplace);
  await reflection.getByLabel("Met en van collega's").fill(entry.hours.peer);
  await reflection.getByRole('group', { name: 'Energie' }).getByLabel('4 · Veel').check();
  await reflection.getByRole('group', { name: 'Werkklimaat' }).getByLabel('4 · Goed').check();
  await reflection.getByRole('group', { name: 'Werkdruk' }).getByLabel('3 · Goed te doen').check();
  await reflection
    .getByRole('group', { name: /Heb je AI gebruikt/ })
    .getByLabel('Nee')
    .check();
  const goal = reflection.getByRole('group', { name: entry.goalTitle });
  await goal.getByLabel('Uren aan dit doel').fill(entry.goalHours);
  await goal.getByLabel('Voortgang na deze week (%)').fill(entry.goalProgress);
  await reflection.getByLabel('Wat is je volgende stap?').fill(entry.nextStep);
}

/** Waits until the autosave reports the week saved (it saves a second after typing stops). */
export async function expectAutosaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible({ timeout: 10_000 });
}
