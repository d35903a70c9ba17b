import { screen, within } from '@testing-library/react';
import type { TeamResponse } from '@vitaal/shared/people';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { signedInPerson } from '@/test/stub-api';
import { lnoStaff, member, stubTeamLearning, TEAM_ID } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const burgerzaken: TeamResponse = {
  id: TEAM_ID,
  name: 'Burgerzaken',
  archived: false,
  memberCount: 8,
  managerCount: 1,
};
const wijkteam: TeamResponse = { id: 't2', name: 'Wijkteam Noord', archived: false, memberCount: 5, managerCount: 1 };

it('lists your one team as a card, without jumping to it', async () => {
  stubTeamLearning(member, { 'GET /teams': () => Response.json([burgerzaken]) });
  renderApp('/teams');

  expect(await screen.findByRole('heading', { level: 1, name: 'Teamleren' })).toBeVisible();
  const link = await screen.findByRole('link', { name: 'Burgerzaken' });
  expect(link.getAttribute('href')).toBe(`/teams/${TEAM_ID}`);
  const card = link.closest('li')!;
  expect(within(card).getByText('8 leden')).toBeVisible();
  expect(within(card).getByText('Je bent lid van dit team.')).toBeVisible();
});

it('shows L&O staff every team, and an admin only their own', async () => {
  stubTeamLearning(lnoStaff, { 'GET /teams': () => Response.json([burgerzaken, wijkteam]) });
  const { unmount } = renderApp('/teams');
  expect(await screen.findByRole('link', { name: 'Wijkteam Noord' })).toBeVisible();
  expect(screen.getAllByText('Je leest mee als L&O.')).toHaveLength(2);
  unmount();

  stubTeamLearning({ ...member, roles: ['admin'] }, { 'GET /teams': () => Response.json([burgerzaken, wijkteam]) });
  renderApp('/teams');
  expect(await screen.findByRole('link', { name: 'Burgerzaken' })).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Wijkteam Noord' })).toBeNull();
});

it('explains an empty list', async () => {
  stubTeamLearning(signedInPerson, { 'GET /teams': () => Response.json([]) });
  renderApp('/teams');

  expect(await screen.findByText('Je zit nog niet in een team.')).toBeVisible();
});
