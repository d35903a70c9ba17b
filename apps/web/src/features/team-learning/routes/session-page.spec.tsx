import { fireEvent, screen, within } from '@testing-library/react';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem } from '@/test/stub-api';
import { createSession, lnoStaff, member, stubTeamLearning, TEAM_ID } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const me = { userId: member.id, displayName: member.displayName, attended: true, hoursCarried: false };
/** Tuesday 18 November 2025, 14:00 in Amsterdam: week 47, long over. */
const attended = createSession({ attendees: [me] });
/** The page's address, which is also the API path of the session. */
const at = (session: TeamSessionResponse) => `/teams/${TEAM_ID}/sessions/${session.id}`;

function stubSession(session: TeamSessionResponse, answers: Parameters<typeof stubTeamLearning>[1] = {}) {
  return stubTeamLearning(member, {
    [`GET ${at(session)}`]: () => Response.json(session),
    'GET /goals': () => Response.json([]),
    ...answers,
  });
}

it('shows the session and marks your attendance', async () => {
  const upcoming = createSession({ startsAt: '2099-01-05T13:00:00.000Z' });
  const requests = stubSession(upcoming, {
    [`PUT ${at(upcoming)}/attendance`]: () => Response.json({ ...upcoming, attendees: [me] }),
  });
  renderApp(at(upcoming));

  expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie over lastige gesprekken' })).toBeVisible();
  expect(screen.getByText('1 uur 30 minuten')).toBeVisible();
  expect(screen.getByText('Casus van Bram')).toBeVisible();
  expect(screen.getByText('Nog niemand heeft laten weten erbij te zijn.')).toBeVisible();

  const toggle = screen.getByRole('button', { name: 'Ik ben erbij' });
  expect(toggle.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(toggle);
  expect(await screen.findByText('1 aanwezig')).toBeVisible();
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({ attended: true });
  // Hours can be carried only after the session took place.
  expect(screen.queryByRole('button', { name: 'Uren in mijn week zetten' })).toBeNull();
});

it('adds the hours to your week and links to it', async () => {
  stubSession(attended, {
    [`POST ${at(attended)}/carry-hours`]: () =>
      Response.json({ ...attended, attendees: [{ ...me, hoursCarried: true }] }),
  });
  renderApp(at(attended));

  fireEvent.click(await screen.findByRole('button', { name: 'Uren in mijn week zetten' }));

  const status = await screen.findByText(/staat in je week 47, 2025/);
  expect(within(status).getByRole('link', { name: 'Naar week 47, 2025' }).getAttribute('href')).toBe('/weeks/2025-W47');
  expect(screen.getByRole('button', { name: 'Ik was erbij' }).hasAttribute('disabled')).toBe(true);
});

it('explains that the hours are already in your week when the API says so', async () => {
  stubSession(attended, { [`POST ${at(attended)}/carry-hours`]: () => problem(409, 'conflict') });
  renderApp(at(attended));

  fireEvent.click(await screen.findByRole('button', { name: 'Uren in mijn week zetten' }));

  expect((await screen.findByRole('alert')).textContent).toBe(
    'De uren van deze sessie staan al in je week. Ze gaan er maar één keer in.',
  );
});

it('explains a closed week', async () => {
  stubSession(attended, { [`POST ${at(attended)}/carry-hours`]: () => problem(409, 'week_closed') });
  renderApp(at(attended));

  fireEvent.click(await screen.findByRole('button', { name: 'Uren in mijn week zetten' }));

  expect((await screen.findByRole('alert')).textContent).toMatch(/kan niet meer worden gewijzigd/);
});

it('explains that the hours do not fit in the week', async () => {
  stubSession(attended, { [`POST ${at(attended)}/carry-hours`]: () => problem(409, 'week_hours_full') });
  renderApp(at(attended));

  fireEvent.click(await screen.findByRole('button', { name: 'Uren in mijn week zetten' }));

  expect((await screen.findByRole('alert')).textContent).toMatch(/passen niet in die week: die zou meer dan 60/);
});

it('saves outcomes on the version read, and offers the latest version after a conflict', async () => {
  let current = attended;
  const requests = stubSession(attended, {
    [`GET ${at(attended)}`]: () => Response.json(current),
    [`PATCH ${at(attended)}`]: () => problem(409, 'version_conflict'),
  });
  renderApp(at(attended));

  fireEvent.change(await screen.findByLabelText('Uitkomsten'), { target: { value: 'Vaker doorvragen.' } });
  current = { ...attended, outcomes: 'Bram schreef dit eerder.', version: 2 };
  fireEvent.click(screen.getByRole('button', { name: 'Uitkomsten opslaan' }));

  expect(await screen.findByText(/Iemand anders heeft de uitkomsten intussen opgeslagen/)).toBeVisible();
  expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({
    outcomes: 'Vaker doorvragen.',
    agreements: '',
    version: 1,
  });
  fireEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
  expect(await screen.findByDisplayValue('Bram schreef dit eerder.')).toBeVisible();
  expect(screen.queryByText(/Iemand anders heeft de uitkomsten/)).toBeNull();
});

it('links your own active goals, and keeps other attendees’ goals out of sight', async () => {
  const goal = { id: '00000000-0000-4000-8000-000000000099', title: 'Lastige gesprekken voeren' };
  const withOthersGoal = createSession({
    attendees: [me],
    goals: [{ goalId: 'g-other', title: 'Privé doel van Bram', ownerId: 'someone-else' }],
  });
  const requests = stubSession(withOthersGoal, {
    'GET /goals': () => Response.json([goal]),
    [`POST ${at(withOthersGoal)}/goals`]: () =>
      Response.json({
        ...withOthersGoal,
        goals: [...withOthersGoal.goals, { goalId: goal.id, title: goal.title, ownerId: member.id }],
      }),
  });
  renderApp(at(withOthersGoal));

  const checkbox = await screen.findByRole('checkbox', { name: 'Lastige gesprekken voeren' });
  expect(screen.queryByText('Privé doel van Bram')).toBeNull();
  fireEvent.click(checkbox);
  await vi.waitFor(() => expect((checkbox as HTMLInputElement).checked).toBe(true));
  expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ goalId: goal.id });
});

it('shows L&O staff the session without anything to change', async () => {
  const recorded = { ...attended, outcomes: 'Vaker doorvragen.' };
  stubTeamLearning(lnoStaff, { [`GET ${at(recorded)}`]: () => Response.json(recorded) });
  renderApp(at(recorded));

  expect(await screen.findByText('Vaker doorvragen.')).toBeVisible();
  const main = screen.getByRole('main');
  expect(within(main).queryByRole('button')).toBeNull();
  expect(within(main).queryByRole('textbox')).toBeNull();
  expect(within(main).queryByRole('checkbox')).toBeNull();
});
