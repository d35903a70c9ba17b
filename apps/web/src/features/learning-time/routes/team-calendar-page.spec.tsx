import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TeamCalendarWeek } from '@vitaal/shared/learning-time';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';
import { freezeClock, manager, plain } from '../test/fixtures';
import { weeksFrom } from '../utils/weeks';

beforeEach(freezeClock);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const entry = (userId: string, displayName: string, hours: number) => ({
  requestId: `${userId}-${hours}`,
  userId,
  displayName,
  hours,
  form: 'course' as const,
  date: null,
});

function calendar(from: string): TeamCalendarWeek[] {
  return weeksFrom(from as TeamCalendarWeek['week'], 8).map((week, index) => ({
    week,
    entries:
      index === 1
        ? [entry('p1', 'Piet Jansen', 4), entry('p2', 'Sara de Boer', 8)]
        : index === 3
          ? [entry('p1', 'Piet Jansen', 2.5)]
          : [],
  }));
}

it('shows approved hours per person and week, and moves eight weeks on', async () => {
  const urls: URL[] = [];
  stubApi({
    'GET /me': () => Response.json(manager),
    'GET /learning-time/team-calendar': () =>
      Response.json(calendar(urls.at(-1)?.searchParams.get('from') ?? '2026-W48')),
  });
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname.endsWith('/team-calendar')) urls.push(url);
    return stubbed(input, init);
  });
  renderApp('/learning-time/team-calendar');

  const table = await screen.findByRole('table', { name: 'Goedgekeurde leertijd van Burgerzaken' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => plain(header.textContent));
  expect(headers[0]).toBe('Medewerker');
  expect(headers[2]).toBe('Week 49ma 30 nov');
  const piet = within(table).getByRole('rowheader', { name: 'Piet Jansen' }).closest('tr')!;
  expect(
    within(piet)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['–', '4 uur', '–', '2,5 uur', '–', '–', '–', '–', '6,5 uur']);
  const total = within(table).getByRole('rowheader', { name: 'Totaal' }).closest('tr')!;
  expect(within(total).getAllByRole('cell')[1]!.textContent).toBe('12 uur');
  expect(urls[0]!.searchParams.get('teamId')).toBe(manager.managedTeamIds[0]);

  fireEvent.click(screen.getByRole('button', { name: 'Volgende 8 weken' }));
  await waitFor(() => expect(urls.at(-1)?.searchParams.get('from')).toBe('2027-W03'));
  fireEvent.change(screen.getByLabelText('Team'), { target: { value: manager.managedTeamIds[1] } });
  await waitFor(() => expect(urls.at(-1)?.searchParams.get('teamId')).toBe(manager.managedTeamIds[1]));
});

it('explains the page to someone without teams to look at', async () => {
  stubApi({ 'GET /me': () => Response.json(signedInPerson) });
  renderApp('/learning-time/team-calendar');

  expect(await screen.findByText('Er is geen team waarvan je de agenda kunt zien.')).toBeVisible();
});

it('stays within the weeks kept: the last eight end in 2100-W52, and there is no going further', async () => {
  const froms: (string | null)[] = [];
  stubApi({
    'GET /me': () => Response.json(manager),
    'GET /learning-time/team-calendar': () => Response.json(calendar(froms.at(-1) ?? '2100-W45')),
  });
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname.endsWith('/team-calendar')) froms.push(url.searchParams.get('from'));
    return stubbed(input, init);
  });
  renderApp('/learning-time/team-calendar?from=2100-W50');

  await screen.findByRole('table', { name: 'Goedgekeurde leertijd van Burgerzaken' });
  expect(froms).toEqual(['2100-W45']);
  expect(screen.getByRole('button', { name: 'Volgende 8 weken' }).hasAttribute('disabled')).toBe(true);
  expect(screen.getByRole('button', { name: 'Vorige 8 weken' }).hasAttribute('disabled')).toBe(false);
});

it('starts at 2000-W01 at the earliest, and says which weeks are kept when the API refuses them', async () => {
  stubApi({
    'GET /me': () => Response.json(manager),
    'GET /learning-time/team-calendar': () => problem(400, 'validation_failed'),
  });
  renderApp('/learning-time/team-calendar?from=2000-W01');

  expect((await screen.findByRole('button', { name: 'Vorige 8 weken' })).hasAttribute('disabled')).toBe(true);
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Vitaal houdt weken bij van 2000 tot en met 2100; wat gevraagd werd valt daarbuiten.',
  );
});
