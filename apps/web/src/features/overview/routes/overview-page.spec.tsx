import { fireEvent, screen, within } from '@testing-library/react';
import { addIsoWeeks, formatIsoWeek } from '@vitaal/shared/iso-week';
import type { MyOverviewResponse, OverviewWeek } from '@vitaal/shared/weeks';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const missing = (week: string): OverviewWeek => ({
  week: week as OverviewWeek['week'],
  status: 'missing',
  plannedHours: null,
  actualHours: null,
  energy: null,
  climate: null,
  workload: null,
  normHours: 3.6,
});

/** Twelve weeks up to 2026-W48, all missing unless `weeks` says otherwise. */
function overviewWith(
  weeks: Record<string, Partial<OverviewWeek>>,
  rest: Partial<MyOverviewResponse> = {},
): MyOverviewResponse {
  const keys = Array.from({ length: 12 }, (_, index) =>
    formatIsoWeek(addIsoWeeks({ year: 2026, week: 48 }, index - 11)),
  );
  return {
    currentWeek: '2026-W48',
    streak: 0,
    weeklyNormHours: 3.6,
    lastWeekMissing: true,
    hasActiveGoal: false,
    weeks: keys.map((key) => ({ ...missing(key), ...weeks[key] })),
    ...rest,
  };
}

it('lists what is still open and links to it', async () => {
  const overview = overviewWith({
    '2026-W46': { status: 'submitted', plannedHours: 4, actualHours: 4.5, energy: 4, climate: 3, workload: 3 },
  });
  stubApi({ 'GET /me/overview': () => Response.json(overview) });
  renderApp('/');

  const openItems = await screen.findByRole('region', { name: 'Nog te doen' }, PAGE_LOAD);
  expect(within(openItems).getByText('Je reflectie over week 47 is nog niet ingeleverd.')).toBeVisible();
  expect(within(openItems).getByRole('link', { name: 'Rond vorige week af' }).getAttribute('href')).toBe(
    '/weeks/2026-W47',
  );
  expect(within(openItems).getByRole('link', { name: 'Stel een leerdoel op' }).getAttribute('href')).toBe('/goals/new');
  expect(screen.getByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
  expect(screen.getByText(/^Goede(morgen|middag|navond), Anna de Vries./)).toBeVisible();
});

it('shows the chart numbers as a table, formatted in Dutch, each week with the norm that held in it', async () => {
  const overview = overviewWith(
    {
      '2026-W46': { status: 'submitted', plannedHours: 4, actualHours: 4.5, energy: 4, climate: 3, workload: 3 },
      '2026-W48': { normHours: 4.3 },
    },
    { streak: 1, lastWeekMissing: false, hasActiveGoal: true, weeklyNormHours: 4.3 },
  );
  stubApi({ 'GET /me/overview': () => Response.json(overview) });
  renderApp('/');

  const hours = await screen.findByRole(
    'table',
    { name: 'Leeruren per week, met de norm die in elke week gold' },
    PAGE_LOAD,
  );
  fireEvent.click(screen.getAllByText('Toon de cijfers als tabel')[0]!);
  const cells = (week: RegExp) =>
    within(within(hours).getByRole('row', { name: week }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  expect(cells(/Week 46/)).toEqual(['4', '4,5', '3,6']);
  expect(cells(/Week 48/)).toEqual(['—niet ingevuld', '—niet ingevuld', '4,3']);
  expect(screen.getByText(/naast je weeknorm \(nu 4,3 uur\)/)).toBeDefined();
  expect(within(hours).getAllByRole('row')).toHaveLength(13);
  const wellbeing = screen.getByRole('table', { name: /Energie en werkklimaat per week/ });
  expect(within(within(wellbeing).getByRole('row', { name: /Week 45/ })).getAllByRole('cell')[0]!.textContent).toBe(
    '—niet ingevuld',
  );
  expect(screen.getByText('Niets meer te doen. Je bent helemaal bij.')).toBeVisible();
  expect(screen.getByRole('region', { name: 'Reeks' }).textContent).toContain('1 week op rij ingeleverd');
});

it('welcomes a new person with the first steps instead of empty charts', async () => {
  stubApi({ 'GET /me/overview': () => Response.json(overviewWith({})) });
  renderApp('/');

  expect(await screen.findByText('Klaar om te beginnen?', {}, PAGE_LOAD)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Stel je eerste leerdoel op' }).getAttribute('href')).toBe('/goals/new');
  expect(screen.getByRole('link', { name: 'Plan wat je deze week wilt leren' }).getAttribute('href')).toBe(
    '/weeks/2026-W48',
  );
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.queryByText(/week 47 is nog niet ingeleverd/)).toBeNull();
});

it('explains a failed overview and loads it again on request', async () => {
  let fail = true;
  stubApi({
    'GET /me/overview': () => (fail ? problem(500, 'internal_error') : Response.json(overviewWith({}))),
    'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }),
  });
  renderApp('/');

  expect((await screen.findByRole('alert', {}, PAGE_LOAD)).textContent).toContain('Er ging iets mis aan onze kant.');
  fail = false;
  fireEvent.click(screen.getByRole('button', { name: 'Overzicht opnieuw laden' }));
  expect(await screen.findByText('Klaar om te beginnen?')).toBeVisible();
});
