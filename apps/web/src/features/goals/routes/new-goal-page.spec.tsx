import { fireEvent, screen } from '@testing-library/react';
import type { GoalResponse } from '@vitaal/shared/goals';
import { afterEach, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

it('explains in Dutch what is missing before sending anything', async () => {
  const create = vi.fn(() => Response.json({}, { status: 201 }));
  stubApi({ 'POST /goals': create });
  renderApp('/goals/new');

  await screen.findByRole('heading', { level: 1, name: 'Nieuw leerdoel' }, PAGE_LOAD);
  fill('Vaardigheden', Array.from({ length: 21 }, (_, index) => `vaardigheid ${index}`).join(', '));
  fireEvent.click(screen.getByRole('button', { name: 'Leerdoel opslaan' }));

  expect(await screen.findAllByText('Vul dit veld in.')).toHaveLength(2);
  expect(screen.getByLabelText('Titel').getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByLabelText('Ontwikkelvraag').getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('Kies hoogstens 20 vaardigheden.')).toBeVisible();
  expect(create).not.toHaveBeenCalled();
});

it('shows the same messages in English after switching language', async () => {
  stubApi();
  renderApp('/goals/new');

  await screen.findByRole('heading', { level: 1, name: 'Nieuw leerdoel' }, PAGE_LOAD);
  fill('Vaardigheden', 'x'.repeat(61));
  fireEvent.click(screen.getByRole('button', { name: 'Leerdoel opslaan' }));
  await screen.findByText('Een vaardigheid mag hoogstens 60 tekens lang zijn.');

  await i18n.changeLanguage('en');
  expect(await screen.findByText('A skill can be 60 characters at most.')).toBeVisible();
  expect(screen.getAllByText('Fill in this field.')).toHaveLength(2);
});

it('sends the goal with its tags and opens it', async () => {
  const goal: GoalResponse = {
    id: '00000000-0000-4000-8000-0000000000a1',
    ownerId: '00000000-0000-4000-8000-000000000001',
    title: 'Lastige gesprekken',
    developmentQuestion: 'Hoe blijf ik rustig?',
    motivation: '',
    challenges: ['vitality'],
    careerCompetencies: [],
    competences: ['gespreksvoering', 'feedback'],
    successCriteria: '',
    targetDate: null,
    visibility: 'shared',
    status: 'active',
    progress: 0,
    milestones: [],
    version: 1,
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
  };
  const create = vi.fn((_init?: RequestInit) => Response.json(goal, { status: 201 }));
  stubApi({
    'POST /goals': create,
    [`GET /goals/${goal.id}`]: () => Response.json(goal),
    [`GET /goals/${goal.id}/weeks`]: () => Response.json([]),
  });
  renderApp('/goals/new');

  await screen.findByRole('heading', { level: 1, name: 'Nieuw leerdoel' }, PAGE_LOAD);
  fill('Titel', ' Lastige gesprekken ');
  fill('Ontwikkelvraag', 'Hoe blijf ik rustig?');
  fill('Vaardigheden', 'gespreksvoering, feedback, ');
  fireEvent.click(screen.getByLabelText('Vitaliteit en werkklimaat'));
  fireEvent.click(screen.getByLabelText('Gedeeld'));
  fireEvent.click(screen.getByRole('button', { name: 'Leerdoel opslaan' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Lastige gesprekken' }, PAGE_LOAD)).toBeVisible();
  expect(JSON.parse(create.mock.calls[0]![0]!.body as string)).toEqual({
    title: 'Lastige gesprekken',
    developmentQuestion: 'Hoe blijf ik rustig?',
    motivation: '',
    challenges: ['vitality'],
    careerCompetencies: [],
    competences: ['gespreksvoering', 'feedback'],
    successCriteria: '',
    targetDate: null,
    visibility: 'shared',
    status: 'active',
  });
});
