import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';
import {
  balance,
  bodyOf,
  burgerzaken,
  createRequest,
  freezeClock,
  manager,
  named,
  pageOf,
  plain,
  professional,
} from '../test/fixtures';

beforeEach(freezeClock);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function stubPage(answers: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    'GET /me': () => Response.json(professional),
    'GET /learning-time/balance': () => Response.json(balance({ requested: 40, approved: 32, used: 28.5 })),
    'GET /learning-time/requests': () => Response.json(pageOf([])),
    'GET /goals': () => Response.json([]),
    ...answers,
  });
}

it('shows the balance of this year and quarter with numbers in Dutch notation', async () => {
  stubPage();
  renderApp('/learning-time');

  const year = await screen.findByRole('article', { name: 'Dit jaar (2026)' });
  expect(within(year).getByText('187,2 uur')).toBeVisible();
  expect(within(year).getByText('28,5 uur')).toBeVisible();
  expect(within(year).getByText('21% van de norm')).toBeVisible();
  expect(screen.getByRole('article', { name: 'Dit kwartaal (Q4 2026)' })).toBeVisible();
});

it('offers this week and the next twelve, and sends a request for the only team', async () => {
  const create = vi.fn(() => Response.json(createRequest({ week: '2026-W49', hours: 4 }), { status: 201 }));
  stubPage({ 'POST /learning-time/requests': create });
  renderApp('/learning-time');

  const week = await screen.findByLabelText('Week');
  const weeks = within(week).getAllByRole('option');
  expect(weeks).toHaveLength(13);
  expect(plain(weeks[1]!.textContent)).toBe('week 49 (30 nov – 6 dec)');
  expect(screen.getByText('De leidinggevenden van Burgerzaken beslissen over je aanvraag.')).toBeVisible();

  fill('Week', '2026-W49');
  fill('Dag', '2026-12-01');
  fill('Aantal uur', '4');
  fill('Vorm van leren', 'course');
  fill('Wat ga je leren?', 'Cursus klantgericht schrijven');
  expect(await screen.findByText('Na deze aanvraag heb je in 2026 44 van 187,2 uur aangevraagd.')).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Aanvragen' }));

  expect(
    await screen.findByText(
      'Je aanvraag voor 4 uur in week 49 (30 nov – 6 dec) is verstuurd. Je leidinggevende beslist erover.',
    ),
  ).toBeVisible();
  expect(bodyOf(create)).toEqual({
    week: '2026-W49',
    date: '2026-12-01',
    hours: 4,
    form: 'course',
    purpose: 'Cursus klantgericht schrijven',
    goalId: null,
    teamId: burgerzaken.id,
  });
});

it('warns, without blocking, when the request goes beyond the norm', async () => {
  const create = vi.fn(() => Response.json(createRequest({ hours: 12.5 }), { status: 201 }));
  stubPage({
    'GET /learning-time/balance': () => Response.json(balance({ requested: 180 })),
    'POST /learning-time/requests': create,
  });
  renderApp('/learning-time');

  await screen.findByLabelText('Aantal uur');
  fill('Aantal uur', '12,5');
  const warning = await screen.findByText(
    /^Let op: na deze aanvraag heb je in 2026 192,5 van 187,2 uur aangevraagd\. Dat is 5,3 uur boven de norm\./,
  );
  expect(warning.className).toContain('lt-preview--beyond');

  fill('Wat ga je leren?', 'Leergang leidinggeven');
  fireEvent.click(screen.getByRole('button', { name: 'Aanvragen' }));
  await waitFor(() => expect(create).toHaveBeenCalledOnce());
  expect(bodyOf(create)).toMatchObject({ hours: 12.5 });
});

it('explains invalid hours on the field, in the reader’s words', async () => {
  stubPage();
  renderApp('/learning-time');

  await screen.findByLabelText('Aantal uur');
  fill('Aantal uur', '2,25');
  fireEvent.click(screen.getByRole('button', { name: 'Aanvragen' }));

  expect(await screen.findByText('Gebruik hoogstens één cijfer achter de komma.')).toBeVisible();
  expect(screen.getByLabelText('Aantal uur').getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('Vul dit veld in.')).toBeVisible();
});

it('asks which team decides when the person is in several', async () => {
  stubPage({ 'GET /me': () => Response.json(manager) });
  renderApp('/learning-time');

  const team = await screen.findByLabelText('Team dat beslist');
  expect(
    within(team)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Kies een team', 'Burgerzaken', 'Wijkteam Noord']);
});

it('explains that a request needs a team', async () => {
  stubPage({ 'GET /me': () => Response.json(signedInPerson) });
  renderApp('/learning-time');

  expect(await screen.findByText('Je zit nog niet in een team')).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Aanvragen' })).toBeNull();
});

it('lists my requests with their status and the decision comment', async () => {
  const rejected = createRequest({
    week: '2026-W50',
    status: 'rejected',
    decidedBy: { id: 'm1', displayName: 'Mark Manager' },
    decidedAt: '2026-11-21T09:00:00Z',
    decisionComment: 'Die week is de verkiezing.',
  });
  stubPage({ 'GET /learning-time/requests': () => Response.json(pageOf([rejected])) });
  renderApp('/learning-time');

  const item = (await screen.findByRole('heading', { level: 3, name: 'week 50 (7–13 dec)' })).closest('li')!;
  expect(within(item).getByText('Afgewezen')).toBeVisible();
  expect(within(item).getByText('Afgewezen door Mark Manager op 21 nov 2026')).toBeVisible();
  expect(within(item).getByText('Toelichting: Die week is de verkiezing.')).toBeVisible();
  expect(within(item).queryByRole('button')).toBeNull();
});

it('changes a pending request, sending only what changed with the version read', async () => {
  const pending = createRequest({ version: 3 });
  const update = vi.fn(() => Response.json({ ...pending, hours: 6, version: 4 }));
  stubPage({
    'GET /learning-time/requests': () => Response.json(pageOf([pending])),
    [`PATCH /learning-time/requests/${pending.id}`]: update,
  });
  renderApp('/learning-time');

  fireEvent.click(
    await screen.findByRole('button', { name: named('Aanvraag voor week 49 (30 nov – 6 dec) wijzigen') }),
  );
  const editor = screen.getByRole('heading', {
    level: 4,
    name: named('Aanvraag voor week 49 (30 nov – 6 dec) wijzigen'),
  }).parentElement!;
  fireEvent.change(within(editor).getByLabelText('Aantal uur'), { target: { value: '6' } });
  fireEvent.click(within(editor).getByRole('button', { name: 'Wijziging opslaan' }));

  expect(await screen.findByText('Je aanvraag is gewijzigd.')).toBeVisible();
  expect(bodyOf(update)).toEqual({ hours: 6, version: 3 });
});

it('cancels only after confirming, and explains why the API refused', async () => {
  const approved = createRequest({ status: 'approved' });
  const cancel = vi.fn(() => problem(409, 'conflict'));
  stubPage({
    'GET /learning-time/requests': () => Response.json(pageOf([approved])),
    [`POST /learning-time/requests/${approved.id}/cancel`]: cancel,
  });
  renderApp('/learning-time');

  fireEvent.click(
    await screen.findByRole('button', { name: named('Aanvraag voor week 49 (30 nov – 6 dec) intrekken') }),
  );
  expect(cancel).not.toHaveBeenCalled();
  expect(
    screen.getByText('Deze aanvraag intrekken? De leidinggevenden van je team krijgen daar bericht van.'),
  ).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Ja, intrekken' }));

  expect((await screen.findByText(/^Deze aanvraag kan niet meer worden ingetrokken/)).getAttribute('role')).toBe(
    'alert',
  );
  expect(cancel).toHaveBeenCalledOnce();
});

it('makes a secret calendar address after confirming, with a warning that it is personal', async () => {
  const feed = vi.fn(() => Response.json({ url: 'https://vitaal.example/api/v1/calendar/geheim.ics' }));
  stubPage({ 'POST /me/calendar-feed': feed });
  renderApp('/learning-time');

  fireEvent.click(await screen.findByRole('button', { name: 'Agenda-adres maken' }));
  expect(feed).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Ja, adres maken' }));

  const address = await screen.findByLabelText('Je agenda-adres');
  expect((address as HTMLInputElement).value).toBe('https://vitaal.example/api/v1/calendar/geheim.ics');
  expect((address as HTMLInputElement).readOnly).toBe(true);
  expect(screen.getByText(/^Dit adres is persoonlijk/)).toBeVisible();
});
