import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { GoalResponse } from '@vitaal/shared/goals';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const goal: GoalResponse = {
  id: '00000000-0000-4000-8000-0000000000a1',
  ownerId: signedInPerson.id,
  title: 'Lastige gesprekken',
  developmentQuestion: 'Hoe blijf ik rustig als een klant boos wordt?',
  motivation: 'Het gebeurt vaak.',
  challenges: ['vitality'],
  careerCompetencies: ['qualities'],
  competences: ['gespreksvoering'],
  successCriteria: '',
  targetDate: '2027-03-31',
  visibility: 'private',
  status: 'active',
  progress: 50,
  milestones: [
    { id: '00000000-0000-4000-8000-0000000000b1', title: 'Boek lezen', done: true, doneOn: '2026-11-20' },
    { id: '00000000-0000-4000-8000-0000000000b2', title: 'Oefenen in intervisie', done: false, doneOn: null },
  ],
  version: 3,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
};
const path = `/goals/${goal.id}`;

function stubGoal(answers: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    [`GET ${path}`]: () => Response.json(goal),
    [`GET ${path}/weeks`]: () => Response.json([{ week: '2026-W47', hours: 2.5, progress: 40, submitted: true }]),
    ...answers,
  });
}

it('offers only the status changes the rules allow', async () => {
  stubGoal();
  renderApp(path);

  const status = await screen.findByRole('region', { name: 'Status' }, PAGE_LOAD);
  expect(
    within(status)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual(['Markeer als behaald', 'Pauzeer', 'Stop met dit doel']);
  expect(screen.getByText('50% gedaan · 1 van 2 mijlpalen gehaald')).toBeVisible();
  expect(screen.getByText('31 maart 2027')).toBeVisible();
});

it('explains a version conflict on editing and reloads the saved goal', async () => {
  let saved = goal;
  stubGoal({
    [`GET ${path}`]: () => Response.json(saved),
    [`PATCH ${path}`]: () => problem(409, 'version_conflict'),
  });
  renderApp(path);

  fireEvent.click(await screen.findByRole('button', { name: 'Bewerken' }, PAGE_LOAD));
  fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Mijn titel' } });
  fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

  expect((await screen.findByRole('alert')).textContent).toContain('Dit leerdoel is intussen ergens anders gewijzigd');
  saved = { ...goal, title: 'Titel van elders', version: 4 };
  fireEvent.click(screen.getByRole('button', { name: 'Laad de nieuwste versie' }));
  await screen.findByRole('heading', { level: 1, name: 'Titel van elders' });
  await waitFor(() => expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('Titel van elders'));
  expect(screen.queryByRole('alert')).toBeNull();
});

it('moves a milestone with the keyboard-reachable buttons and keeps focus on it', async () => {
  const reorder = vi.fn((_init?: RequestInit) =>
    Response.json({ ...goal, milestones: [goal.milestones[1], goal.milestones[0]] }),
  );
  stubGoal({ [`PUT ${path}/milestones/order`]: reorder });
  renderApp(path);

  const moveUp = await screen.findByRole('button', { name: 'Zet ‘Oefenen in intervisie’ eerder' }, PAGE_LOAD);
  expect(screen.getByRole('button', { name: 'Zet ‘Boek lezen’ eerder' }).hasAttribute('disabled')).toBe(true);
  fireEvent.click(moveUp);

  await waitFor(() => expect(reorder).toHaveBeenCalled());
  expect(JSON.parse(reorder.mock.calls[0]![0]!.body as string)).toEqual({
    milestoneIds: [goal.milestones[1]!.id, goal.milestones[0]!.id],
  });
  // Now first, its "earlier" button is disabled, so focus lands on "later".
  await waitFor(() =>
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Zet ‘Oefenen in intervisie’ later'),
  );
});

it('asks before deleting a milestone', async () => {
  const remove = vi.fn(() => Response.json({ ...goal, milestones: [goal.milestones[1]] }));
  stubGoal({ [`DELETE ${path}/milestones/${goal.milestones[0]!.id}`]: remove });
  renderApp(path);

  fireEvent.click(await screen.findByRole('button', { name: 'Mijlpaal ‘Boek lezen’ verwijderen' }, PAGE_LOAD));
  expect(remove).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
  await waitFor(() => expect(screen.queryByText('Boek lezen')).toBeNull());
});

it('shows the weeks the goal was worked on', async () => {
  stubGoal();
  renderApp(path);

  const table = await screen.findByRole('table', { name: 'Weken waarin je aan dit doel werkte' }, PAGE_LOAD);
  expect(
    within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['2,5', '40%', 'Ja']);
});

it('leaves out hours and submission for a reader who may not see them', async () => {
  stubGoal({
    [`GET ${path}/weeks`]: () => Response.json([{ week: '2026-W47', hours: null, progress: 40, submitted: null }]),
  });
  renderApp(path);

  const table = await screen.findByRole('table', { name: 'Weken waarin je aan dit doel werkte' }, PAGE_LOAD);
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Week', 'Voortgang']);
  expect(
    within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['40%']);
});

it('says so when the goal does not exist or is not shared', async () => {
  stubApi();
  renderApp(path);

  expect(await screen.findByRole('heading', { level: 1, name: 'Leerdoel niet gevonden' }, PAGE_LOAD)).toBeVisible();
});

it('lets milestones set the progress of a goal that has them, and the slider that of a goal without', async () => {
  stubGoal();
  renderApp(path);

  const progress = await screen.findByRole('region', { name: 'Voortgang' }, PAGE_LOAD);
  expect(within(progress).getByText(/^Je voortgang volgt je mijlpalen: 1 van 2 gehaald is 50%/)).toBeVisible();
  expect(within(progress).queryByLabelText('Hoe ver ben je?')).toBeNull();
  cleanup();

  stubGoal({ [`GET ${path}`]: () => Response.json({ ...goal, milestones: [], progress: 30 }) });
  renderApp(path);
  const manual = await screen.findByRole('region', { name: 'Voortgang' }, PAGE_LOAD);
  expect(within(manual).getByLabelText('Hoe ver ben je?')).toBeVisible();
  expect(within(manual).getByText(/Zodra je doel mijlpalen heeft, volgt de voortgang die/)).toBeVisible();
  expect(screen.getByText('30% gedaan')).toBeVisible();
});
