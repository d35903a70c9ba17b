import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { signedInPerson, stubApi } from '@/test/stub-api';
import { overviewOf, teamRow, tooFew } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const lno = { ...signedInPerson, roles: ['lno' as const] };
const ids = {
  a: '00000000-0000-4000-8000-0000000000a1',
  b: '00000000-0000-4000-8000-0000000000a2',
  c: '00000000-0000-4000-8000-0000000000a3',
};
const overview = overviewOf([
  teamRow(ids.a, 'Burgerzaken', { reflectionsSubmittedPct: 80, actualHours: 30, normHours: 28.8 }),
  teamRow(ids.b, 'Sociaal Domein', { reflectionsSubmittedPct: 45.5, actualHours: 10 }),
  teamRow(ids.c, 'Archief', {
    members: 3,
    plansFilledPct: null,
    reflectionsSubmittedPct: null,
    plannedHours: null,
    actualHours: null,
    energy: tooFew(3),
    trend: [null, null, null],
  }),
]);

/** The team names in the order the table shows them. */
const teamOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

function stubLno() {
  const urls: string[] = [];
  stubApi({ 'GET /me': () => Response.json(lno), 'GET /insights/organization': () => Response.json(overview) });
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return stubbed(input, init);
  });
  return urls;
}

it('shows L&O staff every team with totals, links to each dashboard and to the CSV', async () => {
  stubLno();
  renderApp('/insights');

  const table = await screen.findByRole('table', { name: 'Teams en hun cijfers over de laatste 12 weken' }, PAGE_LOAD);
  expect(teamOrder()).toEqual(['Archief', 'Burgerzaken', 'Sociaal Domein', 'Hele organisatie']);
  const burgerzaken = within(table).getByRole('row', { name: /^Burgerzaken/ });
  expect(within(burgerzaken).getByRole('link', { name: 'Burgerzaken' }).getAttribute('href')).toBe(
    `/insights/teams/${ids.a}?weeks=12`,
  );
  expect(within(burgerzaken).getByText('80%')).toBeVisible();
  expect(within(burgerzaken).getByText('van 40% in week 46 naar 60% in week 48')).toBeVisible();
  expect(within(table).getByRole('row', { name: /^Hele organisatie/ })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Download als CSV' }).getAttribute('href')).toBe(
    '/api/v1/insights/organization/export.csv?weeks=12',
  );
});

it('says which weeks are still open and draws the trend on through them dashed', async () => {
  stubApi({
    'GET /me': () => Response.json(lno),
    'GET /insights/organization': () => Response.json({ ...overview, provisionalWeeks: ['2026-W47', '2026-W48'] }),
  });
  renderApp('/insights');

  expect(
    await screen.findByText(
      /^Weken 47 en 48 zijn nog open: mensen kunnen er nog voor plannen en op reflecteren/,
      {},
      PAGE_LOAD,
    ),
  ).toBeDefined();
  const burgerzaken = screen.getByRole('row', { name: /^Burgerzaken/ });
  // Week 46 is the only final week; 47 and 48 go on from it, dashed.
  expect(within(burgerzaken).getByText('van 40% in week 46 naar 40% in week 46; week 48 nog open: 60%')).toBeDefined();
  const lines = burgerzaken.querySelectorAll('polyline');
  expect([...lines].map((line) => line.getAttribute('class'))).toEqual([null, 'insights-trend__open']);
  expect(lines[1]!.getAttribute('points')!.split(' ')).toHaveLength(3);
});

it('shows a withheld figure as a dash with the reason, never as a number', async () => {
  stubLno();
  renderApp('/insights');

  const archief = await screen.findByRole('row', { name: /^Archief/ }, PAGE_LOAD);
  expect(within(archief).getAllByText('klein team (minder dan 5 leden)')).toHaveLength(4);
  expect(within(archief).getByText('te weinig antwoorden (minimaal 5)')).toBeVisible();
  expect(within(archief).getByText('geen verloop te tonen')).toBeVisible();
  expect(within(archief).getAllByRole('cell')[0]!.textContent).toBe('3');
});

it('sorts by a column with the keyboard-operable heading, withheld figures last', async () => {
  stubLno();
  renderApp('/insights');

  const heading = await screen.findByRole('button', { name: /Reflectie ingediend/ }, PAGE_LOAD);
  expect(screen.getByRole('columnheader', { name: 'Team' }).getAttribute('aria-sort')).toBe('ascending');
  fireEvent.click(heading);
  expect(screen.getByRole('columnheader', { name: 'Reflectie ingediend' }).getAttribute('aria-sort')).toBe('ascending');
  expect(screen.getByRole('columnheader', { name: 'Team' }).getAttribute('aria-sort')).toBeNull();
  expect(teamOrder()).toEqual(['Sociaal Domein', 'Burgerzaken', 'Archief', 'Hele organisatie']);
  fireEvent.click(heading);
  expect(screen.getByRole('columnheader', { name: 'Reflectie ingediend' }).getAttribute('aria-sort')).toBe(
    'descending',
  );
  expect(teamOrder()).toEqual(['Burgerzaken', 'Sociaal Domein', 'Archief', 'Hele organisatie']);
});

it('filters by name and by learning below the norm, and says how many teams are shown', async () => {
  stubLno();
  renderApp('/insights');

  fireEvent.change(await screen.findByRole('searchbox', { name: 'Zoek een team' }, PAGE_LOAD), {
    target: { value: 'zaken' },
  });
  expect(teamOrder()).toEqual(['Burgerzaken', 'Hele organisatie']);
  expect(screen.getByRole('status').textContent).toBe('1 van 3 teams');
  fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek een team' }), { target: { value: '' } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen teams die minder leerden dan de norm' }));
  expect(teamOrder()).toEqual(['Sociaal Domein', 'Hele organisatie']);
  fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek een team' }), { target: { value: 'xyz' } });
  expect(screen.getByText('Geen teams gevonden met deze filters.')).toBeVisible();
});

it('keeps the chosen period in the address and asks for those weeks', async () => {
  const urls = stubLno();
  renderApp('/insights?weeks=26');

  const period = await screen.findByRole('combobox', { name: 'Periode' }, PAGE_LOAD);
  expect((period as HTMLSelectElement).value).toBe('26');
  expect(urls).toContain('/api/v1/insights/organization?weeks=26');
  fireEvent.change(period, { target: { value: '4' } });
  await waitFor(() => expect(urls.at(-1)).toBe('/api/v1/insights/organization?weeks=4'));
  expect(screen.getByRole('link', { name: 'Download als CSV' }).getAttribute('href')).toBe(
    '/api/v1/insights/organization/export.csv?weeks=4',
  );
});

it('gives a manager the teams they manage, not the ones they are only a member of', async () => {
  const manager = {
    ...signedInPerson,
    managedTeamIds: [ids.a],
    teams: [
      { id: ids.a, name: 'Burgerzaken', role: 'manager' as const },
      { id: ids.b, name: 'Sociaal Domein', role: 'member' as const },
    ],
  };
  stubApi({ 'GET /me': () => Response.json(manager) });
  renderApp('/insights');

  const teams = await screen.findByRole('region', { name: 'Jouw teams' }, PAGE_LOAD);
  expect(within(teams).getByRole('link', { name: 'Burgerzaken' }).getAttribute('href')).toBe(
    `/insights/teams/${ids.a}`,
  );
  expect(within(teams).queryByRole('link', { name: 'Sociaal Domein' })).toBeNull();
});

it('tells a member that insights are not for them', async () => {
  stubApi();
  renderApp('/insights');

  expect(await screen.findByRole('heading', { level: 1, name: 'Niet voor jou' }, PAGE_LOAD)).toBeVisible();
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.queryByRole('link', { name: 'Inzichten' })).toBeNull();
});
