import { screen, within } from '@testing-library/react';
import {
  DATA_KINDS,
  RELATIONS,
  type AccessLevel,
  type Relation,
  type TransparencyResponse,
} from '@vitaal/shared/transparency';
import { afterEach, expect, it, vi } from 'vitest';
import { changeLocale } from '@/lib/i18n';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(async () => {
  vi.unstubAllGlobals();
  await changeLocale('nl');
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const onlyTheOwner = {
  ...(Object.fromEntries(RELATIONS.map((relation) => [relation, 'none'])) as Record<Relation, AccessLevel>),
  owner: 'read_write' as const,
};
const transparency: TransparencyResponse = {
  rows: DATA_KINDS.map((kind) => ({
    kind,
    access: kind === 'week_scores' ? { ...onlyTheOwner, teamManager: 'aggregate', lno: 'aggregate' } : onlyTheOwner,
  })),
  organization: { name: 'Gemeente Voorbeeld', minGroupSize: 6, reflectionEditWindowDays: 1, retentionMonths: 24 },
};

it('shows who may see what as a table with row and column headers, from the API', async () => {
  stubApi({ 'GET /transparency': () => Response.json(transparency) });
  renderApp('/privacy');

  const table = await screen.findByRole(
    'table',
    { name: 'Wat iedereen mag met de gegevens van een professional' },
    PAGE_LOAD,
  );
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Gegevens', 'Jij zelf', 'Je teamgenoten', 'Leidinggevenden van je team', 'L&O-medewerkers', 'Beheerders']);
  const scores = within(table).getByRole('row', { name: /Energie, werkklimaat en werkdruk/ });
  expect(
    within(scores)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Lezen en wijzigen', 'Geen toegang', 'Alleen totalen', 'Alleen totalen', 'Geen toegang']);
  expect(within(table).getAllByRole('rowheader')).toHaveLength(DATA_KINDS.length);
});

it('gives the organisation’s minimum group size, edit window and retention, and links to my data', async () => {
  stubApi({ 'GET /transparency': () => Response.json(transparency) });
  renderApp('/privacy');

  const settings = await screen.findByRole('region', { name: 'Afspraken in Gemeente Voorbeeld' }, PAGE_LOAD);
  expect(within(settings).getByText('6 mensen')).toBeVisible();
  expect(within(settings).getByText('Tot 1 dag na afloop van de week')).toBeVisible();
  expect(within(settings).getByText(/^24 maanden na afloop van de week/)).toBeVisible();
  expect(within(settings).getByText(/alleen als minstens 6 mensen ze hebben ingevuld/)).toBeVisible();
  expect(screen.getByText(/over een team van minstens 6 mensen/)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Mijn gegevens downloaden' }).getAttribute('href')).toBe('/my-data');
});

it('speaks English too', async () => {
  await changeLocale('en');
  // Signed in, the account's language is the one spoken.
  stubApi({
    'GET /me': () => Response.json({ ...signedInPerson, locale: 'en' }),
    'GET /transparency': () => Response.json(transparency),
  });
  renderApp('/privacy');

  expect(
    await screen.findByRole('table', { name: "What everyone may do with a professional's data" }, PAGE_LOAD),
  ).toBeVisible();
  expect(screen.getByRole('region', { name: 'Settings of Gemeente Voorbeeld' })).toBeVisible();
  expect(screen.getByText('6 people')).toBeVisible();
});

it('says so when the rules cannot be loaded, and offers to try again', async () => {
  stubApi({ 'GET /transparency': () => problem(500, 'internal_error') });
  renderApp('/privacy');

  expect(await screen.findByRole('alert', {}, PAGE_LOAD)).toBeVisible();
  expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  // The way to one's own data stays available.
  expect(screen.getByRole('link', { name: 'Mijn gegevens downloaden' })).toBeVisible();
});
