import { screen, within } from '@testing-library/react';
import { addIsoWeeks, formatIsoWeek } from '@vitaal/shared/iso-week';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const weeks: WeekSummary[] = Array.from({ length: 12 }, (_, index) => ({
  week: formatIsoWeek(addIsoWeeks({ year: 2026, week: 48 }, index - 11)),
  status: index === 10 ? 'submitted' : 'missing',
  plannedHours: index === 10 ? 4 : null,
  actualHours: index === 10 ? 3.5 : null,
  energy: null,
  climate: null,
  workload: null,
}));

it('lists the last twelve weeks, newest first, with this week marked and missing weeks named', async () => {
  stubApi({ 'GET /weeks': () => Response.json(weeks) });
  renderApp('/weeks');

  const table = await screen.findByRole('table', { name: 'Je laatste twaalf weken, de nieuwste bovenaan' }, PAGE_LOAD);
  const [, current, lastWeek, older] = within(table).getAllByRole('row');
  expect(current!.getAttribute('aria-current')).toBe('date');
  expect(within(current!).getByRole('link', { name: 'Week 48' }).getAttribute('href')).toBe('/weeks/2026-W48');
  expect(current!.textContent).toContain('deze week');
  expect(current!.textContent).toContain('Nog niet begonnen');
  expect(
    within(lastWeek!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['16–22 nov', 'Ingeleverd', '4', '3,5']);
  expect(older!.textContent).toContain('Niet ingevuld');
  expect(screen.getByRole('link', { name: 'Plan alvast week 49' }).getAttribute('href')).toBe('/weeks/2026-W49');
});

it('starts with the week a newcomer joined in, and says so', async () => {
  stubApi({ 'GET /weeks': () => Response.json(weeks.slice(-2)) });
  renderApp('/weeks');

  const table = await screen.findByRole('table', { name: 'Je weken sinds je begon, de nieuwste bovenaan' }, PAGE_LOAD);
  const [, current, first, ...older] = within(table).getAllByRole('row');
  expect(current!.textContent).toContain('Nog niet begonnen');
  expect(first!.textContent).toContain('Ingeleverd');
  expect(older).toEqual([]);
  expect(
    screen.getByText('Je weken beginnen in week 47, de week waarin je bij Vitaal kwam: daarvoor ontbreekt niets.'),
  ).toBeTruthy();
});
