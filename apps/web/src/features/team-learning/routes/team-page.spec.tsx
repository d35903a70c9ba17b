import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import type { WeekResponse, WeekSummary } from '@vitaal/shared/weeks';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import {
  colleague,
  createLearning,
  createSession,
  lnoStaff,
  manager,
  member,
  pageOf,
  stubTeamLearning,
  TEAM_ID,
} from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const feed = (...learnings: SharedLearningResponse[]) => ({
  [`GET /teams/${TEAM_ID}/learnings`]: () => Response.json(pageOf(learnings)),
});

it('shows the team, its figures, its sessions and its feed', async () => {
  const upcoming = createSession({
    title: 'Kennisdeling nieuwe wet',
    kind: 'knowledge_share',
    startsAt: '2099-01-05T13:00:00.000Z',
  });
  const past = createSession({
    title: 'Retro van november',
    kind: 'retrospective',
    attendees: [{ userId: colleague.id, displayName: colleague.displayName, attended: true, hoursCarried: false }],
  });
  stubTeamLearning(member, {
    [`GET /teams/${TEAM_ID}/sessions?when=upcoming`]: () => Response.json(pageOf([upcoming])),
    [`GET /teams/${TEAM_ID}/sessions?when=past`]: () => Response.json(pageOf([past])),
    ...feed(createLearning({ fromWeek: '2026-W47' })),
  });
  renderApp(`/teams/${TEAM_ID}`);

  expect(await screen.findByRole('heading', { level: 1, name: 'Burgerzaken' })).toBeVisible();
  const figures = screen.getByRole('region', { name: 'Dit kwartaal' });
  expect(await within(figures).findByText('75%')).toBeVisible();
  expect(within(figures).getByText('4e kwartaal 2026, voor het hele team')).toBeVisible();
  expect(within(screen.getByRole('region', { name: 'Wie zitten erin' })).getByText('Bram Jansen')).toBeVisible();

  const upcomingList = screen.getByRole('region', { name: 'Op de agenda' });
  const link = await within(upcomingList).findByRole('link', { name: 'Kennisdeling nieuwe wet' });
  expect(link.getAttribute('href')).toBe(`/teams/${TEAM_ID}/sessions/${upcoming.id}`);
  expect(within(upcomingList).getByRole('link', { name: 'Sessie plannen' }).getAttribute('href')).toBe(
    `/teams/${TEAM_ID}/sessions/new`,
  );
  const pastList = screen.getByRole('region', { name: 'Eerdere sessies' });
  expect(await within(pastList).findByText('Retrospectief')).toBeVisible();
  expect(within(pastList).getByText('1 aanwezig')).toBeVisible();

  const post = await screen.findByRole('article', { name: 'Bram Jansen' });
  expect(within(post).getByText('Eerst de emotie benoemen haalt de spanning eruit.')).toBeVisible();
  expect(within(post).getByText(/uit week 47, 2026/)).toBeVisible();
  // Someone else's post: no edit or delete.
  expect(within(post).queryByRole('button', { name: /bewerken/i })).toBeNull();
});

it('toggles a reaction and shows the new count', async () => {
  const learning = createLearning();
  const requests = stubTeamLearning(member, {
    ...feed(learning),
    [`POST /teams/${TEAM_ID}/learnings/${learning.id}/reactions`]: () =>
      Response.json({
        ...learning,
        reactions: learning.reactions.map((r) => (r.kind === 'insightful' ? { ...r, count: 3, mine: true } : r)),
      }),
  });
  renderApp(`/teams/${TEAM_ID}`);

  const post = await screen.findByRole('article', { name: 'Bram Jansen' });
  const insightful = within(post).getByRole('button', { name: 'Leerzaam 2' });
  expect(insightful.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(insightful);

  const pressed = await within(post).findByRole('button', { name: 'Leerzaam 3' });
  expect(pressed.getAttribute('aria-pressed')).toBe('true');
  expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ kind: 'insightful' });
});

it('shows L&O staff everything but no forms or buttons', async () => {
  stubTeamLearning(lnoStaff, {
    ...feed(
      createLearning({
        comments: [{ id: 'c1', author: colleague, body: 'Goed punt!', createdAt: '2026-11-25T10:00:00.000Z' }],
      }),
    ),
    [`GET /teams/${TEAM_ID}/sessions?when=upcoming`]: () =>
      Response.json(pageOf([createSession({ startsAt: '2099-01-05T13:00:00.000Z' })])),
  });
  renderApp(`/teams/${TEAM_ID}`);

  const post = await screen.findByRole('article', { name: 'Bram Jansen' });
  expect(within(post).getByText('Leerzaam 2')).toBeVisible();
  expect(within(post).getByText('Goed punt!')).toBeVisible();
  expect(screen.getByText(/Je leest mee als L&O/)).toBeVisible();
  expect(screen.queryByLabelText('Wat heb je geleerd dat je wilt delen?')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Delen uit mijn week' })).toBeNull();
  expect(screen.queryByLabelText('Je reactie')).toBeNull();
  expect(screen.queryByRole('link', { name: 'Sessie plannen' })).toBeNull();
  expect(within(post).queryByRole('button')).toBeNull();
});

it('shares a learning written on the page', async () => {
  const requests = stubTeamLearning(member, {
    [`POST /teams/${TEAM_ID}/learnings`]: () => Response.json(createLearning(), { status: 201 }),
  });
  renderApp(`/teams/${TEAM_ID}`);

  const field = await screen.findByLabelText('Wat heb je geleerd dat je wilt delen?');
  fireEvent.change(field, { target: { value: 'Samen een casus doorlopen werkt beter dan een handboek.' } });
  expect(screen.getByText('55 van 2000 tekens')).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Delen met het team' }));

  expect(await screen.findByText('Gedeeld met je team.')).toBeVisible();
  expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
    body: 'Samen een casus doorlopen werkt beter dan een handboek.',
  });
  expect((field as HTMLTextAreaElement).value).toBe('');
});

it('publishes "what I learned" from one of your weeks after showing it', async () => {
  const summary = (week: string, status: WeekSummary['status']): WeekSummary => ({
    week: week as WeekSummary['week'],
    status,
    plannedHours: null,
    actualHours: null,
    energy: null,
    climate: null,
    workload: null,
  });
  const week = (key: string, learned: string) => ({ week: key, reflection: { learned } }) as unknown as WeekResponse;
  const requests = stubTeamLearning(member, {
    'GET /weeks': () =>
      Response.json([summary('2026-W46', 'submitted'), summary('2026-W47', 'draft'), summary('2026-W48', 'missing')]),
    'GET /weeks/2026-W46': () => Response.json(week('2026-W46', 'Vragen stellen in plaats van oplossen.')),
    'GET /weeks/2026-W47': () => Response.json(week('2026-W47', '   ')),
    [`POST /teams/${TEAM_ID}/learnings`]: () =>
      Response.json(createLearning({ fromWeek: '2026-W46' }), { status: 201 }),
  });
  renderApp(`/teams/${TEAM_ID}`);

  const open = await screen.findByRole('button', { name: 'Delen uit mijn week' });
  fireEvent.click(open);
  expect(open.getAttribute('aria-expanded')).toBe('true');

  // Week 47 has no "what I learned"; only week 46 can be chosen.
  const select = await screen.findByLabelText<HTMLSelectElement>('Week');
  expect([...select.options].map((option) => option.text)).toEqual(['week 46, 2026']);
  expect(screen.getByText('Vragen stellen in plaats van oplossen.')).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Delen uit week 46, 2026' }));

  expect(await screen.findByText('Gedeeld met je team.')).toBeVisible();
  expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ fromWeek: '2026-W46' });
  expect(open.getAttribute('aria-expanded')).toBe('false');
});

it('lets managers show a hidden post again and the author delete their own after confirming', async () => {
  const hidden = createLearning({ hidden: true });
  const own = createLearning({ author: { id: member.id, displayName: member.displayName }, body: 'Mijn eigen les.' });
  let posts = [own, hidden];
  const requests = stubTeamLearning(manager, {
    [`GET /teams/${TEAM_ID}/learnings`]: () => Response.json(pageOf(posts)),
    [`PUT /teams/${TEAM_ID}/learnings/${hidden.id}/hidden`]: () => Response.json({ ...hidden, hidden: false }),
    [`DELETE /teams/${TEAM_ID}/learnings/${own.id}`]: () => {
      posts = posts.filter((post) => post.id !== own.id);
      return new Response(null, { status: 204 });
    },
  });
  renderApp(`/teams/${TEAM_ID}`);

  const hiddenPost = await screen.findByRole('article', { name: 'Bram Jansen' });
  expect(within(hiddenPost).getByText('Verborgen voor het team')).toBeVisible();
  fireEvent.click(within(hiddenPost).getByRole('button', { name: /weer tonen/ }));
  await waitFor(() => expect(within(hiddenPost).queryByText('Verborgen voor het team')).toBeNull());
  expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({ hidden: false });

  const ownPost = screen.getByRole('article', { name: 'Anna de Vries' });
  fireEvent.click(within(ownPost).getByRole('button', { name: /verwijderen$/ }));
  expect(within(ownPost).getByText(/Dit bericht en de reacties erop verwijderen\?/)).toBeVisible();
  fireEvent.click(within(ownPost).getByRole('button', { name: 'Ja, verwijderen' }));
  await waitFor(() => expect(screen.queryByText('Mijn eigen les.')).toBeNull());
});
