import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addIsoWeeks, formatIsoWeek } from '@vitaal/shared/iso-week';
import type { WeekResponse, WeekSummary } from '@vitaal/shared/weeks';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The first render waits for the page's lazily loaded code, which is slow when many test files run at once. */
const PAGE_LOAD = { timeout: 5000 };
vi.setConfig({ testTimeout: 15_000 });

/** Waits out the autosave's pause after typing. */
const AFTER_AUTOSAVE = { timeout: 3000 };

const summaries: WeekSummary[] = Array.from({ length: 12 }, (_, index) => ({
  week: formatIsoWeek(addIsoWeeks({ year: 2026, week: 48 }, index - 11)),
  status: 'missing',
  plannedHours: null,
  actualHours: null,
  energy: null,
  climate: null,
  workload: null,
}));

function weekWith(changes: Partial<WeekResponse> & { learned?: string }): WeekResponse {
  const { learned = '', ...rest } = changes;
  return {
    week: '2026-W48',
    startsOn: '2026-11-23',
    status: 'draft',
    version: 2,
    editableUntil: '2026-12-14T23:00:00.000Z',
    editable: true,
    submittedAt: null,
    shared: false,
    plan: { intentions: 'Boek lezen', plannedHours: 2 },
    reflection: {
      learned,
      applied: '',
      hours: { workplace: null, course: null, peer: null, self_study: null },
      energy: null,
      climate: null,
      workload: null,
      aiUsed: null,
      aiHow: '',
      obstacles: '',
      supportWanted: '',
      nextStep: '',
    },
    goals: [],
    ...rest,
  };
}

const bodyOf = (init: RequestInit | undefined) =>
  JSON.parse(init!.body as string) as Record<string, unknown> & { version: number };

function stubWeek(answers: Parameters<typeof stubApi>[0]) {
  stubApi({ 'GET /weeks': () => Response.json(summaries), 'GET /goals': () => Response.json([]), ...answers });
}

it('saves as the person types and says when', async () => {
  const save = vi.fn((init?: RequestInit) => Response.json({ ...weekWith({}), ...bodyOf(init), version: 3 }));
  stubWeek({ 'GET /weeks/2026-W48': () => Response.json(weekWith({})), 'PUT /weeks/2026-W48': save });
  renderApp('/weeks/2026-W48');

  fireEvent.change(await screen.findByLabelText('Geplande leeruren', {}, PAGE_LOAD), { target: { value: '2,5' } });
  fireEvent.change(screen.getByLabelText('Wat heb je geleerd?'), { target: { value: 'Rustig blijven werkt.' } });

  expect(await screen.findByText(/^Opgeslagen om \d{2}:\d{2}\.$/, {}, AFTER_AUTOSAVE)).toBeVisible();
  expect(save).toHaveBeenCalledTimes(1);
  const body = bodyOf(save.mock.calls[0]![0]);
  expect(body).toMatchObject({
    version: 2,
    plan: { intentions: 'Boek lezen', plannedHours: 2.5 },
    goals: [],
    shared: false,
  });
  expect(body.reflection).toMatchObject({
    learned: 'Rustig blijven werkt.',
    energy: null,
    hours: { workplace: null, course: null, peer: null, self_study: null },
  });
});

it('shows both versions after a version conflict and re-saves mine on the new version', async () => {
  let loaded = weekWith({ learned: 'Eerste tekst' });
  const saves: RequestInit[] = [];
  stubWeek({
    'GET /weeks/2026-W48': () => Response.json(loaded),
    'PUT /weeks/2026-W48': (init) => {
      saves.push(init!);
      return saves.length === 1
        ? problem(409, 'version_conflict')
        : Response.json({ ...loaded, ...bodyOf(init), version: 4 });
    },
  });
  renderApp('/weeks/2026-W48');

  const learned = await screen.findByLabelText('Wat heb je geleerd?', {}, PAGE_LOAD);
  loaded = weekWith({ learned: 'Tekst van elders', version: 3 });
  fireEvent.change(learned, { target: { value: 'Mijn tekst' } });

  const conflict = await screen.findByRole(
    'region',
    { name: 'Deze week is ook ergens anders opgeslagen' },
    AFTER_AUTOSAVE,
  );
  const row = within(conflict).getByRole('row', { name: /Wat heb je geleerd\?/ });
  expect(
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Mijn tekst', 'Tekst van elders']);
  expect(within(conflict).getAllByRole('row')).toHaveLength(2);
  expect(screen.getByRole('status').textContent).toContain('ook ergens anders opgeslagen');
  expect((learned as HTMLTextAreaElement).value).toBe('Mijn tekst');

  fireEvent.click(within(conflict).getByRole('button', { name: 'Houd mijn versie' }));
  await waitFor(() => expect(saves).toHaveLength(2));
  expect(bodyOf(saves[1])).toMatchObject({ version: 3, reflection: { learned: 'Mijn tekst' } });
  expect(await screen.findByText(/^Opgeslagen om/)).toBeVisible();
  expect(screen.queryByRole('region', { name: 'Deze week is ook ergens anders opgeslagen' })).toBeNull();
});

it('can take the version saved elsewhere instead, without sending anything', async () => {
  let loaded = weekWith({ learned: 'Eerste tekst' });
  const save = vi.fn(() => problem(409, 'version_conflict'));
  stubWeek({ 'GET /weeks/2026-W48': () => Response.json(loaded), 'PUT /weeks/2026-W48': save });
  renderApp('/weeks/2026-W48');

  const learned = await screen.findByLabelText('Wat heb je geleerd?', {}, PAGE_LOAD);
  loaded = weekWith({ learned: 'Tekst van elders', version: 3 });
  fireEvent.change(learned, { target: { value: 'Mijn tekst' } });
  fireEvent.click(await screen.findByRole('button', { name: 'Gebruik de opgeslagen versie' }, AFTER_AUTOSAVE));

  await waitFor(() =>
    expect((screen.getByLabelText('Wat heb je geleerd?') as HTMLTextAreaElement).value).toBe('Tekst van elders'),
  );
  expect(screen.getByRole('status').textContent).toBe('Je ziet nu de versie die ergens anders is opgeslagen.');
  expect(save).toHaveBeenCalledTimes(1);
});

it('keeps the typed text and offers a retry when saving fails', async () => {
  stubWeek({
    'GET /weeks/2026-W48': () => Response.json(weekWith({})),
    'PUT /weeks/2026-W48': () => problem(500, 'internal_error'),
  });
  renderApp('/weeks/2026-W48');

  fireEvent.change(await screen.findByLabelText('Wat heb je geleerd?', {}, PAGE_LOAD), {
    target: { value: 'Niet kwijtraken' },
  });

  expect(
    await screen.findByText(/^Niet opgeslagen\. Er ging iets mis aan onze kant/, {}, AFTER_AUTOSAVE),
  ).toBeVisible();
  expect((screen.getByLabelText('Wat heb je geleerd?') as HTMLTextAreaElement).value).toBe('Niet kwijtraken');
  expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
});

it('marks the fields the API still needs before the week can be submitted', async () => {
  const missing = new Response(
    JSON.stringify({
      type: 'urn:vitaal:problem:validation_failed',
      title: 'validation_failed',
      status: 400,
      detail: 'The reflection is not complete yet.',
      code: 'validation_failed',
      correlationId: 'test',
      errors: [
        { field: 'reflection.energy', message: 'is needed to submit the week' },
        { field: 'reflection.hours', message: 'fill in the hours you learned (0 is fine)' },
      ],
    }),
    { status: 400, headers: { 'content-type': 'application/problem+json' } },
  );
  stubWeek({ 'GET /weeks/2026-W48': () => Response.json(weekWith({})), 'POST /weeks/2026-W48/submit': () => missing });
  renderApp('/weeks/2026-W48');

  fireEvent.click(await screen.findByRole('button', { name: 'Week inleveren' }, PAGE_LOAD));

  expect(await screen.findAllByText('Vul dit in om je week in te leveren.')).toHaveLength(2);
  expect(screen.getByRole('group', { name: 'Energie' }).getAttribute('aria-describedby')).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Leeruren per vorm' }).className).toContain('week-fieldset--invalid');
  expect(screen.getByText('Nog niet ingeleverd: vul de gemarkeerde velden in.')).toBeVisible();
});

it('shows a closed week read-only, with the reason', async () => {
  stubWeek({
    'GET /weeks/2026-W40': () =>
      Response.json(
        weekWith({
          week: '2026-W40',
          startsOn: '2026-09-28',
          editable: false,
          editableUntil: '2026-10-19T22:00:00.000Z',
          learned: 'Oud inzicht',
        }),
      ),
  });
  renderApp('/weeks/2026-W40');

  expect(await screen.findByText(/^Deze week kun je niet meer aanpassen/, {}, PAGE_LOAD)).toBeVisible();
  expect(screen.getByText('Oud inzicht')).toBeVisible();
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Week inleveren' })).toBeNull();
});

it('offers no week before the first week kept, and explains a week outside the weeks kept', async () => {
  const first = weekWith({ week: '2000-W01', startsOn: '2000-01-03', version: 0, editable: false });
  stubWeek({ 'GET /weeks/2000-W01': () => Response.json(first) });
  const { unmount } = renderApp('/weeks/2000-W01');

  const nav = await screen.findByRole('navigation', { name: 'Weken' }, PAGE_LOAD);
  await screen.findByText('Voor deze week is niets opgeslagen.');
  const steps = within(nav)
    .getAllByRole('link')
    .map((link) => [link.getAttribute('rel'), link.getAttribute('href')]);
  expect(steps).toEqual([
    [null, '/weeks'],
    ['next', '/weeks/2000-W02'],
  ]);
  unmount();

  renderApp('/weeks/1999-W52');
  expect(
    await screen.findByText(
      'Dit is geen week die Vitaal bijhoudt: weken lopen van 2000 tot en met 2100. Kies een week uit je lijst met weken.',
      {},
      PAGE_LOAD,
    ),
  ).toBeDefined();
});

it('says which weeks Vitaal keeps when the API refuses a week, and offers no pointless retry', async () => {
  stubWeek({ 'GET /weeks/2026-W48': () => problem(400, 'validation_failed') });
  renderApp('/weeks/2026-W48');

  const alert = await screen.findByRole('alert', {}, PAGE_LOAD);
  expect(alert.textContent).toBe('Vitaal houdt weken bij van 2000 tot en met 2100; wat gevraagd werd valt daarbuiten.');
  expect(within(alert).queryByRole('button')).toBeNull();
});
