import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, stubApi } from '@/test/stub-api';
import {
  bodyOf,
  burgerzaken,
  createApproval,
  freezeClock,
  manager,
  named,
  pageOf,
  period,
  wijkteam,
} from '../test/fixtures';

beforeEach(freezeClock);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const piet = createApproval({
  requester: { id: 'p1', displayName: 'Piet Jansen' },
  hours: 4,
  purpose: 'Cursus Wmo-wetgeving',
});
const sara = createApproval({
  requester: { id: 'p2', displayName: 'Sara de Boer' },
  teamId: wijkteam.id,
  teamName: wijkteam.name,
  week: '2026-W51',
  hours: 16,
  form: 'peer',
  requesterBalance: period({ requested: 180, approved: 176 }),
  exceedsNorm: true,
});

function stubQueue(answers: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    'GET /me': () => Response.json(manager),
    'GET /learning-time/approvals': () => Response.json(pageOf([piet, sara])),
    ...answers,
  });
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name} `) }).closest('tr')!;

it('shows one queue of the teams the person decides for, with each requester’s balance', async () => {
  stubQueue();
  renderApp('/learning-time/approvals');

  await screen.findByRole('rowheader', { name: 'Sara de Boer Wijkteam Noord' });
  const row = rowOf('Sara de Boer');
  expect(within(row).getByText('16 uur')).toBeVisible();
  expect(within(row).getByText("Leren met collega's")).toBeVisible();
  expect(within(row).getByText('176 van 187,2 uur goedgekeurd')).toBeVisible();
  expect(within(row).getByText('Boven de norm')).toBeVisible();
  expect(within(rowOf('Piet Jansen')).queryByText('Boven de norm')).toBeNull();
  expect(screen.getByRole('link', { name: 'Bekijk de teamagenda' }).getAttribute('href')).toBe(
    '/learning-time/team-calendar',
  );
  expect(
    within(screen.getByLabelText('Team'))
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Alle teams', burgerzaken.name, wijkteam.name]);
});

it('approves one request and says so', async () => {
  const decide = vi.fn(() => Response.json({ ...piet, status: 'approved' }));
  stubQueue({ [`POST /learning-time/requests/${piet.id}/decision`]: decide });
  renderApp('/learning-time/approvals');

  fireEvent.click(
    await screen.findByRole('button', {
      name: named('Aanvraag van Piet Jansen voor week 49 (30 nov – 6 dec) goedkeuren'),
    }),
  );

  expect(await screen.findByText('De aanvraag van Piet Jansen is goedgekeurd.')).toBeVisible();
  expect(bodyOf(decide)).toEqual({ decision: 'approved', comment: '' });
});

it('needs a comment to reject, and sends it', async () => {
  const decide = vi.fn(() => Response.json({ ...piet, status: 'rejected' }));
  stubQueue({ [`POST /learning-time/requests/${piet.id}/decision`]: decide });
  renderApp('/learning-time/approvals');

  fireEvent.click(
    await screen.findByRole('button', {
      name: named('Aanvraag van Piet Jansen voor week 49 (30 nov – 6 dec) afwijzen'),
    }),
  );
  const form = screen.getByRole('form', { name: 'Aanvraag van Piet Jansen afwijzen' });
  const comment = within(form).getByLabelText('Waarom wijs je af?');
  await waitFor(() => expect(document.activeElement).toBe(comment));
  fireEvent.click(within(form).getByRole('button', { name: 'Afwijzen' }));

  expect(await within(form).findByText('Schrijf waarom je afwijst. De aanvrager leest het.')).toBeVisible();
  expect(comment.getAttribute('aria-invalid')).toBe('true');
  expect(decide).not.toHaveBeenCalled();

  fireEvent.change(comment, { target: { value: 'Die week is de verkiezing.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Afwijzen' }));
  expect(await screen.findByText('De aanvraag van Piet Jansen is afgewezen.')).toBeVisible();
  expect(bodyOf(decide)).toEqual({ decision: 'rejected', comment: 'Die week is de verkiezing.' });
});

it('approves a selection at once', async () => {
  const decideMany = vi.fn(() => Response.json([piet, sara]));
  stubQueue({ 'POST /learning-time/decisions': decideMany });
  renderApp('/learning-time/approvals');

  fireEvent.click(await screen.findByRole('checkbox', { name: 'Alle aanvragen selecteren' }));
  expect(screen.getByText('2 aanvragen geselecteerd')).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Selectie goedkeuren' }));

  expect(await screen.findByText('2 aanvragen zijn goedgekeurd.')).toBeVisible();
  expect(bodyOf(decideMany)).toEqual({ requestIds: [piet.id, sara.id], decision: 'approved', comment: '' });
});

it('explains that nothing was decided when one of the selection was already decided', async () => {
  stubQueue({ 'POST /learning-time/decisions': () => problem(409, 'conflict') });
  renderApp('/learning-time/approvals');

  fireEvent.click(
    await screen.findByRole('checkbox', {
      name: named('Aanvraag van Sara de Boer voor week 51 (14–20 dec) selecteren'),
    }),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Selectie afwijzen' }));
  fireEvent.change(screen.getByLabelText('Waarom wijs je af?'), { target: { value: 'Te veel tegelijk.' } });
  fireEvent.click(
    within(screen.getByRole('form', { name: 'Selectie afwijzen' })).getByRole('button', { name: 'Afwijzen' }),
  );

  expect(
    (await screen.findByText(/^Er is niets opgeslagen: over een van deze aanvragen was al beslist/)).getAttribute(
      'role',
    ),
  ).toBe('alert');
});

it('filters by week and status', async () => {
  const approvals = vi.fn((_init?: RequestInit) => Response.json(pageOf([])));
  stubQueue({ 'GET /learning-time/approvals': approvals });
  const urls: string[] = [];
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return stubbed(input, init);
  });
  renderApp('/learning-time/approvals');

  expect(await screen.findByText('Er wachten geen aanvragen op je beslissing.')).toBeVisible();
  fireEvent.change(screen.getByLabelText('Week'), { target: { value: '2026-W50' } });
  fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'approved' } });

  expect(await screen.findByText('Er zijn geen aanvragen die bij deze filters passen.')).toBeVisible();
  await waitFor(() =>
    expect(urls.at(-1)).toBe('/api/v1/learning-time/approvals?status=approved&limit=25&offset=0&week=2026-W50'),
  );
});

it('says how many requests wait beyond this page and pages through them in a fixed order', async () => {
  const urls: string[] = [];
  stubQueue({
    'GET /learning-time/approvals': () => Response.json(pageOf([piet, sara], 27)),
  });
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return stubbed(input, init);
  });
  renderApp('/learning-time/approvals');

  const pages = await screen.findByRole('navigation', { name: "Pagina's met aanvragen" });
  expect(within(pages).getByText('1–25 van 27')).toBeVisible();
  fireEvent.click(within(pages).getByRole('button', { name: 'Volgende' }));
  await waitFor(() => expect(urls.at(-1)).toBe('/api/v1/learning-time/approvals?status=pending&limit=25&offset=25'));
});
