import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { colleague, createSession, lnoStaff, member, stubTeamLearning, TEAM_ID } from '../test/fixtures';
import { localDateTimeToIso } from '../utils/local-date-time';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('plans a session with a timestamp in the browser’s offset and opens it', async () => {
  const created = createSession({ title: 'Intervisie december' });
  const requests = stubTeamLearning(member, {
    [`POST /teams/${TEAM_ID}/sessions`]: () => Response.json(created, { status: 201 }),
    [`GET /teams/${TEAM_ID}/sessions/${created.id}`]: () => Response.json(created),
    'GET /goals': () => Response.json([]),
  });
  renderApp(`/teams/${TEAM_ID}/sessions/new`);

  expect(await screen.findByRole('heading', { level: 1, name: 'Sessie plannen' })).toBeVisible();
  const kind = await screen.findByLabelText<HTMLSelectElement>('Soort sessie');
  expect([...kind.options].map((option) => option.text)).toEqual([
    'Intervisie',
    "Leren van collega's",
    'Kennisdeling',
    'Retrospectief',
    'Anders',
  ]);
  fireEvent.change(kind, { target: { value: 'peer_learning' } });
  fireEvent.change(screen.getByLabelText('Titel'), { target: { value: '  Intervisie december ' } });
  fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-08' } });
  fireEvent.change(screen.getByLabelText('Begintijd'), { target: { value: '14:30' } });
  fireEvent.change(screen.getByLabelText('Duur in minuten'), { target: { value: '90' } });
  fireEvent.change(screen.getByLabelText('Gespreksleider'), { target: { value: colleague.id } });
  fireEvent.change(screen.getByLabelText('Agenda'), { target: { value: 'Casus van Bram' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sessie plannen' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie december' })).toBeVisible();
  expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
    kind: 'peer_learning',
    title: 'Intervisie december',
    startsAt: localDateTimeToIso('2026-12-08', '14:30'),
    durationMinutes: 90,
    facilitatorId: colleague.id,
    agenda: 'Casus van Bram',
  });
});

it('says what is missing before sending anything', async () => {
  const requests = stubTeamLearning(member);
  renderApp(`/teams/${TEAM_ID}/sessions/new`);

  fireEvent.change(await screen.findByLabelText('Duur in minuten'), { target: { value: '600' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sessie plannen' }));

  expect(await screen.findByText('Vul dit veld in.')).toBeVisible();
  expect(screen.getByText('Vul een begintijd in, zoals 14:00.')).toBeVisible();
  expect(screen.getByText('Deze waarde valt buiten het toegestane bereik.')).toBeVisible();
  expect(requests.some((request) => request.method === 'POST')).toBe(false);
});

it('tells L&O staff that only members plan sessions', async () => {
  stubTeamLearning(lnoStaff);
  renderApp(`/teams/${TEAM_ID}/sessions/new`);

  expect(await screen.findByText('Alleen de leden van het team plannen sessies.')).toBeVisible();
  expect(screen.queryByLabelText('Titel')).toBeNull();
});
