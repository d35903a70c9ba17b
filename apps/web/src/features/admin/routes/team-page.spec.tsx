import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, stubApi } from '@/test/stub-api';
import { createPerson, createTeam, pageOf, recordRequests, signedInAdmin } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const piet = createPerson({ displayName: 'Piet Jansen' });
const sara = createPerson({ displayName: 'Sara de Boer' });
const team = createTeam({
  name: 'Wijkteam Noord',
  members: [{ userId: piet.id, displayName: piet.displayName, email: piet.email, role: 'member' }],
});

function stubTeamPage(answers: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    [`GET /teams/${team.id}`]: () => Response.json(team),
    'GET /users': () => Response.json(pageOf([piet, sara])),
    ...answers,
  });
}

it('shows the team with its members and makes someone manager after an explicit save', async () => {
  stubTeamPage({ [`PATCH /teams/${team.id}/members/${piet.id}`]: () => Response.json(team) });
  const requests = recordRequests();
  renderApp(`/admin/teams/${team.id}`);

  expect(await screen.findByRole('heading', { level: 1, name: 'Wijkteam Noord' })).toBeVisible();
  fireEvent.change(screen.getByLabelText('Rol van Piet Jansen'), { target: { value: 'manager' } });
  expect(requests.some((request) => request.method === 'PATCH')).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: 'Rol van Piet Jansen opslaan' }));

  await waitFor(() =>
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ role: 'manager' }),
  );
});

it('removes a member only after confirming', async () => {
  const removed = vi.fn(() => new Response(null, { status: 204 }));
  stubTeamPage({ [`DELETE /teams/${team.id}/members/${piet.id}`]: removed });
  renderApp(`/admin/teams/${team.id}`);

  fireEvent.click(await screen.findByRole('button', { name: 'Piet Jansen uit het team verwijderen' }));
  expect(screen.getByText(/Piet Jansen uit dit team verwijderen\?/)).toBeVisible();
  expect(removed).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));

  await waitFor(() => expect(removed).toHaveBeenCalledOnce());
});

it('adds an active person who is not yet a member', async () => {
  stubTeamPage({ [`POST /teams/${team.id}/members`]: () => Response.json(team, { status: 201 }) });
  const requests = recordRequests();
  renderApp(`/admin/teams/${team.id}`);

  const person = await screen.findByLabelText('Persoon');
  await waitFor(() =>
    expect(
      within(person)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kies een persoon', `Sara de Boer (${sara.email})`]),
  );
  expect(requests.find((request) => request.url.pathname.endsWith('/users'))?.url.searchParams.get('active')).toBe(
    'true',
  );

  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  expect(await screen.findByText('Kies een persoon.')).toBeVisible();

  fireEvent.change(person, { target: { value: sara.id } });
  fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'manager' } });
  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  await waitFor(() =>
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ userId: sara.id, role: 'manager' }),
  );
});

it('archives the team after confirming', async () => {
  stubTeamPage({ [`PATCH /teams/${team.id}`]: () => Response.json({ ...team, archived: true }) });
  const requests = recordRequests();
  renderApp(`/admin/teams/${team.id}`);

  fireEvent.click(await screen.findByRole('button', { name: 'Archiveren' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, archiveren' }));

  await waitFor(() => expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ archived: true }));
});

it('says so when the team does not exist', async () => {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    [`GET /teams/${team.id}`]: () => problem(404, 'not_found'),
  });
  renderApp(`/admin/teams/${team.id}`);

  expect((await screen.findByRole('alert')).textContent).toContain('Dit onderdeel bestaat niet');
  expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
});
