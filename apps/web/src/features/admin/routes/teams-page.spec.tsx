import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { TeamResponse } from '@vitaal/shared/people';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';
import { createTeam, recordRequests, signedInAdmin } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const active: TeamResponse = {
  id: '00000000-0000-4000-8000-000000000020',
  name: 'Wijkteam Noord',
  archived: false,
  memberCount: 8,
  managerCount: 2,
};
const archived: TeamResponse = {
  id: '00000000-0000-4000-8000-000000000021',
  name: 'Oud team',
  archived: true,
  memberCount: 3,
  managerCount: 0,
};

it('lists teams with their counts, archived ones on request', async () => {
  let teams = [active];
  stubApi({ 'GET /me': () => Response.json(signedInAdmin), 'GET /teams': () => Response.json(teams) });
  const requests = recordRequests();
  renderApp('/admin/teams');

  const link = await screen.findByRole('link', { name: 'Wijkteam Noord' });
  expect(link.getAttribute('href')).toBe(`/admin/teams/${active.id}`);
  const cells = within(link.closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
  expect(cells).toEqual(['Wijkteam Noord', '8', '2', 'Actief']);

  teams = [active, archived];
  fireEvent.click(screen.getByLabelText('Ook gearchiveerde teams tonen'));
  expect(await screen.findByRole('link', { name: 'Oud team' })).toBeVisible();
  expect(within(screen.getByRole('link', { name: 'Oud team' }).closest('tr')!).getByText('Gearchiveerd')).toBeVisible();
  expect(requests.some((request) => request.url.searchParams.get('archived') === 'true')).toBe(true);
});

it('creates a team and links to it', async () => {
  const created = createTeam({ name: 'Intervisiegroep' });
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /teams': () => Response.json([]),
    'POST /teams': () => Response.json(created, { status: 201 }),
  });
  renderApp('/admin/teams');

  expect(await screen.findByText('Er zijn nog geen teams.')).toBeVisible();
  fireEvent.change(screen.getByLabelText('Naam van het team'), { target: { value: '  Intervisiegroep ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Team aanmaken' }));

  expect(await screen.findByText('Team Intervisiegroep is aangemaakt.')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Naar Intervisiegroep' }).getAttribute('href')).toBe(
    `/admin/teams/${created.id}`,
  );
  expect(screen.getByLabelText<HTMLInputElement>('Naam van het team').value).toBe('');
});
