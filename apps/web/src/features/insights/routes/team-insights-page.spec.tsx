import { fireEvent, screen, within } from '@testing-library/react';
import type { MeResponse } from '@vitaal/shared/auth';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';
import { dashboardOf, noAnswers, quietWeek, shown, tooFew, weekOf } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const teamId = '00000000-0000-4000-8000-0000000000a1';
const manager: MeResponse = {
  ...signedInPerson,
  managedTeamIds: [teamId],
  teams: [{ id: teamId, name: 'Burgerzaken', role: 'manager' as const }],
};
const path = `/insights/teams/${teamId}`;

const dashboard = dashboardOf(teamId, 'Burgerzaken', [
  weekOf('2026-W47', { energy: shown(3.5, 6), climate: shown(4, 6), workload: shown(3, 6) }),
  weekOf('2026-W48', { energy: tooFew(2), climate: tooFew(2), workload: noAnswers, actualHours: 4.5 }),
]);

function stubDashboard(answer: () => Response, person = manager) {
  stubApi({ 'GET /me': () => Response.json(person), [`GET /insights/teams/${teamId}`]: answer });
}

it('shows a manager the team’s key figures, charts and CSV download', async () => {
  stubDashboard(() => Response.json(dashboard));
  renderApp(path);

  expect(await screen.findByRole('heading', { level: 1, name: 'Burgerzaken' }, PAGE_LOAD)).toBeVisible();
  const cards = screen.getByRole('region', { name: 'Kerncijfers' });
  expect(within(cards).getByText('Uren geleerd').parentElement!.textContent).toBe(
    'Uren geleerd23norm: 57,6 uurWeek 48: 4,5',
  );
  for (const title of [
    'Planning en reflectie',
    'Leeruren tegenover de norm',
    'Energie, werkklimaat en werkdruk',
    'Gedeelde leerdoelen per status',
    'Gedeelde leerdoelen per uitdaging',
  ]) {
    expect(screen.getByRole('region', { name: title })).toBeVisible();
  }
  expect(screen.getByRole('link', { name: 'Download als CSV' }).getAttribute('href')).toBe(
    `/api/v1/insights/teams/${teamId}/export.csv?weeks=12`,
  );
  // Only L&O staff come from the organisation overview.
  expect(screen.queryByRole('link', { name: '← Alle teams' })).toBeNull();
});

it('puts each chart’s numbers in a table, a withheld week as a dash with the reason', async () => {
  stubDashboard(() => Response.json(dashboard));
  renderApp(path);

  const chart = await screen.findByRole('region', { name: 'Energie, werkklimaat en werkdruk' }, PAGE_LOAD);
  fireEvent.click(within(chart).getByText('Toon de cijfers als tabel'));
  const table = within(chart).getByRole('table', { name: 'Energie, werkklimaat en werkdruk' });
  const cells = (week: RegExp) =>
    within(within(table).getByRole('row', { name: week }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  expect(cells(/^Week 47/)).toEqual(['3,5', '4', '3']);
  expect(cells(/^Week 48/)).toEqual([
    '– te weinig antwoorden (minimaal 5)',
    '– te weinig antwoorden (minimaal 5)',
    '– nog geen antwoorden',
  ]);

  const goals = screen.getByRole('region', { name: 'Gedeelde leerdoelen per uitdaging' });
  expect(within(within(goals).getByRole('row', { name: /Kritisch werken met AI/ })).getByRole('cell').textContent).toBe(
    '4',
  );
});

it('shows how many members each week counted, and says that people count from the week they joined', async () => {
  stubDashboard(() =>
    Response.json(
      dashboardOf(teamId, 'Burgerzaken', [
        weekOf('2026-W47', { members: 6, reflectionsSubmittedPct: 50 }),
        weekOf('2026-W48', { members: 8, reflectionsSubmittedPct: 25 }),
      ]),
    ),
  );
  renderApp(path);

  const chart = await screen.findByRole('region', { name: 'Planning en reflectie' }, PAGE_LOAD);
  const row = (week: RegExp) =>
    within(within(chart).getByRole('row', { name: week }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  expect(row(/^Week 47/)).toEqual(['6', '75%', '50%']);
  expect(row(/^Week 48/)).toEqual(['8', '75%', '25%']);
  expect(screen.getByText(/vanaf de week waarin zijn of haar account is gemaakt/)).toBeDefined();
});

it('marks the week still open in the note, the key figures and the tables', async () => {
  stubDashboard(() =>
    Response.json(
      dashboardOf(teamId, 'Burgerzaken', [
        weekOf('2026-W47', { reflectionsSubmittedPct: 50 }),
        weekOf('2026-W48', { reflectionsSubmittedPct: 10, provisional: true }),
      ]),
    ),
  );
  renderApp(path);

  expect(
    await screen.findByText(/^Week 48 is nog open: mensen kunnen er nog voor plannen en op reflecteren/, {}, PAGE_LOAD),
  ).toBeDefined();
  const cards = screen.getByRole('region', { name: 'Kerncijfers' });
  expect(within(cards).getByText('Reflectie ingediend').parentElement!.textContent).toContain(
    'Week 48 (voorlopig): 10%',
  );
  const chart = screen.getByRole('region', { name: 'Planning en reflectie' });
  const weeks = within(within(chart).getByRole('table')).getAllByRole('rowheader');
  expect(weeks.map((week) => week.textContent!.endsWith(', voorlopig'))).toEqual([false, true]);
  expect(screen.getByText(/Een week is voorlopig zolang ze loopt/)).toBeDefined();
});

it('leaves out the goals of a team too small to stay anonymous', async () => {
  stubDashboard(() => Response.json({ ...dashboard, goalsByStatus: null, goalsByChallenge: null }));
  renderApp(path);

  const goals = await screen.findByRole('region', { name: 'Gedeelde leerdoelen' }, PAGE_LOAD);
  expect(within(goals).getByText('Leerdoelen tonen we alleen voor teams van minstens 5 mensen.')).toBeVisible();
  expect(screen.queryByRole('region', { name: 'Gedeelde leerdoelen per status' })).toBeNull();
});

it('says so when nobody in the team has filled in a week yet', async () => {
  stubDashboard(() =>
    Response.json(dashboardOf(teamId, 'Burgerzaken', [quietWeek('2026-W47'), quietWeek('2026-W48')])),
  );
  renderApp(path);

  expect(await screen.findByText('Nog geen weken ingevuld', {}, PAGE_LOAD)).toBeVisible();
  expect(screen.queryByRole('region', { name: 'Planning en reflectie' })).toBeNull();
});

it('gives L&O staff the way back to the overview, in the same period', async () => {
  stubDashboard(() => Response.json(dashboard), { ...signedInPerson, roles: ['lno'] });
  renderApp(`${path}?weeks=26`);

  expect((await screen.findByRole('link', { name: '← Alle teams' }, PAGE_LOAD)).getAttribute('href')).toBe(
    '/insights?weeks=26',
  );
});

it('tells a member of the team that the figures are not for them', async () => {
  stubDashboard(() => problem(403, 'forbidden'));
  renderApp(path);

  expect(await screen.findByRole('heading', { level: 1, name: 'Niet voor jou' }, PAGE_LOAD)).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('says a team outside what you follow is not found', async () => {
  stubDashboard(() => problem(404, 'not_found'));
  renderApp(path);

  expect(await screen.findByRole('heading', { level: 1, name: 'Team niet gevonden' }, PAGE_LOAD)).toBeVisible();
});
