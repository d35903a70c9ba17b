import { fireEvent, screen, within } from '@testing-library/react';
import type { TeamDetailResponse, TeamResponse } from '@vitaal/shared/people';
import type { OthersWeekResponse } from '@vitaal/shared/weeks';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const teamA: TeamResponse = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'Klantcontact',
  archived: false,
  memberCount: 2,
  managerCount: 1,
};
const teamB: TeamResponse = {
  id: '00000000-0000-4000-8000-0000000000c2',
  name: 'Ontwikkeling',
  archived: false,
  memberCount: 5,
  managerCount: 1,
};
const bram = {
  userId: '00000000-0000-4000-8000-0000000000d1',
  displayName: 'Bram Jansen',
  email: 'bram@example.nl',
  role: 'member' as const,
};
const detailA: TeamDetailResponse = {
  ...teamA,
  members: [
    {
      userId: signedInPerson.id,
      displayName: signedInPerson.displayName,
      email: signedInPerson.email,
      role: 'manager',
    },
    bram,
  ],
};
const manager = {
  ...signedInPerson,
  managedTeamIds: [teamA.id],
  teams: [
    { id: teamA.id, name: teamA.name, role: 'manager' as const },
    { id: teamB.id, name: teamB.name, role: 'member' as const },
  ],
};

function stubManager(answers: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    'GET /me': () => Response.json(manager),
    'GET /teams': () => Response.json([teamA, teamB]),
    [`GET /teams/${teamA.id}`]: () => Response.json(detailA),
    ...answers,
  });
}

it('shows a manager the teams they manage, not the ones they are only a member of', async () => {
  stubManager();
  renderApp('/my-teams');

  const team = await screen.findByRole('region', { name: 'Klantcontact' }, PAGE_LOAD);
  expect((await within(team).findByRole('link', { name: 'Bram Jansen' })).getAttribute('href')).toBe(
    `/people/${bram.userId}`,
  );
  expect(within(team).getByText('Anna de Vries (jij)')).toBeVisible();
  expect(within(team).getByRole('link', { name: 'Teamcijfers van Klantcontact' }).getAttribute('href')).toBe(
    `/insights/teams/${teamA.id}`,
  );
  expect(screen.queryByRole('region', { name: 'Ontwikkeling' })).toBeNull();
});

it('lets L&O staff of many teams open each team’s people when they want them', async () => {
  const many = Array.from({ length: 12 }, (_, i) => ({
    ...teamB,
    id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
    name: `Team ${i + 1}`,
  }));
  const asked: string[] = [];
  stubApi({
    'GET /me': () => Response.json({ ...signedInPerson, roles: ['lno'] }),
    'GET /teams': () => Response.json(many),
    [`GET /teams/${many[0]!.id}`]: () => {
      asked.push(many[0]!.id);
      return Response.json({ ...many[0]!, members: [bram] });
    },
  });
  renderApp('/my-teams');

  const first = await screen.findByRole('region', { name: 'Team 1' }, PAGE_LOAD);
  expect(asked).toEqual([]);
  fireEvent.click(within(first).getByText('Toon de mensen van Team 1'));
  expect(await within(first).findByRole('link', { name: 'Bram Jansen' })).toBeVisible();
  expect(asked).toEqual([many[0]!.id]);
});

it('shows a person’s weeks and shared texts, and says that scores are never shown', async () => {
  const weeks: OthersWeekResponse[] = [
    {
      week: '2026-W47',
      submitted: true,
      plannedHours: 3,
      actualHours: 2.5,
      texts: {
        intentions: '',
        learned: 'Luisteren helpt',
        applied: '',
        obstacles: '',
        supportWanted: 'Meer tijd',
        nextStep: '',
      },
    },
    { week: '2026-W48', submitted: false, plannedHours: null, actualHours: null, texts: null },
  ];
  stubManager({
    [`GET /people/${bram.userId}`]: () => Response.json({ id: bram.userId, displayName: bram.displayName }),
    [`GET /people/${bram.userId}/weeks`]: () => Response.json(weeks),
    [`GET /people/${bram.userId}/goals`]: () => Response.json([]),
  });
  renderApp(`/people/${bram.userId}`);

  expect(await screen.findByRole('heading', { level: 1, name: 'Bram Jansen' }, PAGE_LOAD)).toBeVisible();
  expect(
    screen.getByText(/Persoonlijke scores voor energie, werkklimaat en werkdruk worden nooit getoond/),
  ).toBeVisible();
  const rows = within(screen.getByRole('table', { name: 'Weken, de nieuwste bovenaan' })).getAllByRole('row');
  expect(
    within(rows[2]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Ja', '3', '2,5', 'Lezen']);
  const texts = screen.getByRole('article', { name: /Week 47/ });
  expect(within(texts).getByText('Luisteren helpt')).toBeVisible();
  expect(within(texts).queryByText('Voornemen')).toBeNull();
  expect(screen.getByText('Er zijn geen leerdoelen met je gedeeld.')).toBeVisible();
});

it('shows L&O staff only the weeks a person shared, saying submissions and hours are team figures to them', async () => {
  const weeks: OthersWeekResponse[] = [
    {
      week: '2026-W47',
      submitted: null,
      plannedHours: null,
      actualHours: null,
      texts: {
        intentions: '',
        learned: 'Luisteren helpt',
        applied: '',
        obstacles: '',
        supportWanted: '',
        nextStep: '',
      },
    },
    { week: '2026-W48', submitted: null, plannedHours: null, actualHours: null, texts: null },
  ];
  stubManager({
    'GET /me': () => Response.json({ ...signedInPerson, roles: ['lno'] }),
    [`GET /people/${bram.userId}`]: () => Response.json({ id: bram.userId, displayName: bram.displayName }),
    [`GET /people/${bram.userId}/weeks`]: () => Response.json(weeks),
    [`GET /people/${bram.userId}/goals`]: () => Response.json([]),
  });
  renderApp(`/people/${bram.userId}`);

  expect(await screen.findByText(/zie je alleen in teamcijfers/, undefined, PAGE_LOAD)).toBeVisible();
  expect(screen.queryByRole('table', { name: 'Weken, de nieuwste bovenaan' })).toBeNull();
  expect(within(screen.getByRole('article', { name: /Week 47/ })).getByText('Luisteren helpt')).toBeVisible();
});

it('says kindly when a person is not available', async () => {
  stubManager({
    [`GET /people/${bram.userId}`]: () => problem(404, 'not_found'),
    [`GET /people/${bram.userId}/weeks`]: () => problem(404, 'not_found'),
    [`GET /people/${bram.userId}/goals`]: () => problem(404, 'not_found'),
  });
  renderApp(`/people/${bram.userId}`);

  expect(await screen.findByRole('heading', { level: 1, name: 'Niet beschikbaar' }, PAGE_LOAD)).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
});
