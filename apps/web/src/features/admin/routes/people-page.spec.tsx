import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';
import { createPerson, pageOf, recordRequests, signedInAdmin } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const me = createPerson({
  id: signedInAdmin.id,
  displayName: signedInAdmin.displayName,
  email: signedInAdmin.email,
  roles: ['admin'],
});
const team = {
  id: '00000000-0000-4000-8000-000000000010',
  name: 'Wijkteam Noord',
  archived: false,
  memberCount: 3,
  managerCount: 1,
};

function stubPeoplePage(answers: Parameters<typeof stubApi>[0] = {}) {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /users': () => Response.json(pageOf([me])),
    'GET /teams': () => Response.json([team]),
    'GET /invitations': () => Response.json(pageOf([])),
    ...answers,
  });
}

it('shows the not-found page to someone who is not an admin', async () => {
  stubApi({ 'GET /me': () => Response.json(signedInPerson) });
  renderApp('/admin/people');

  expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});

const open = {
  id: 'inv-1',
  email: 'piet@example.nl',
  roles: ['lno'],
  teams: [{ id: team.id, name: team.name }],
  createdAt: '2026-03-02T09:00:00Z',
  expiresAt: '2026-03-09T09:00:00Z',
};

it('invites someone into a team and shows the accept link to pass on', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
  stubPeoplePage({
    'POST /invitations': () =>
      Response.json({ ...open, acceptPath: '/invitations/geheim', mailed: false, outcome: 'created' }, { status: 201 }),
  });
  const requests = recordRequests();
  renderApp('/admin/people');

  fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'piet@example.nl' } });
  fireEvent.click(screen.getByLabelText('L&O'));
  fireEvent.click(await screen.findByLabelText('Wijkteam Noord'));
  fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

  const link = (await screen.findByLabelText('Uitnodigingslink')) as HTMLInputElement;
  expect(link.value).toBe(`${window.location.origin}/invitations/geheim`);
  expect(link.readOnly).toBe(true);
  expect(screen.getByText(/niet gemaild/)).toBeVisible();
  expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
    email: 'piet@example.nl',
    roles: ['lno'],
    teamIds: [team.id],
  });

  fireEvent.click(screen.getByRole('button', { name: 'Kopiëren' }));
  expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/invitations/geheim`);
  await waitFor(() => expect(screen.getByText('Gekopieerd.').getAttribute('role')).toBe('status'));
});

it('says before inviting that an open invitation of the address is kept and added to, and after it what it holds', async () => {
  stubPeoplePage({
    'GET /invitations': () => Response.json(pageOf([open])),
    'POST /invitations': () =>
      Response.json({
        ...open,
        roles: ['lno', 'admin'],
        acceptPath: '/invitations/nieuw',
        mailed: true,
        outcome: 'merged',
      }),
  });
  renderApp('/admin/people');

  fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'Piet@example.nl' } });
  const notice = await screen.findByText(/heeft al een openstaande uitnodiging/);
  expect(notice.textContent).toBe(
    'piet@example.nl heeft al een openstaande uitnodiging, geldig tot 9 mrt 2026: L&O; Wijkteam Noord.',
  );
  expect(screen.getByText(/de links die je al gaf blijven werken/)).toBeVisible();
  fireEvent.click(screen.getByLabelText('Beheerder'));
  fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

  expect(await screen.findByRole('heading', { name: 'Uitnodiging voor piet@example.nl bijgewerkt' })).toBeVisible();
  expect(screen.getByText(/Er stond al een uitnodiging open/).textContent).toBe(
    'Er stond al een uitnodiging open; die is aangevuld en geldt nu voor: L&O, Beheerder; Wijkteam Noord.',
  );
});

it('makes a new link for an open invitation without ending the earlier ones', async () => {
  stubPeoplePage({
    'GET /invitations': () => Response.json(pageOf([open])),
    'POST /invitations/inv-1/links': () =>
      Response.json({ acceptPath: '/invitations/opnieuw', expiresAt: open.expiresAt }, { status: 201 }),
  });
  renderApp('/admin/people');

  const row = (await screen.findByRole('cell', { name: 'piet@example.nl' })).closest('tr')!;
  expect(within(row).getByText('Wijkteam Noord')).toBeVisible();
  fireEvent.click(within(row).getByRole('button', { name: 'Nieuwe link voor piet@example.nl' }));

  const link = (await screen.findByLabelText('Link voor piet@example.nl')) as HTMLInputElement;
  expect(link.value).toBe(`${window.location.origin}/invitations/opnieuw`);
  expect(screen.getByText(/net als de links die je eerder gaf/)).toBeVisible();
});

it('checks the email address before sending the invitation', async () => {
  stubPeoplePage();
  const requests = recordRequests();
  renderApp('/admin/people');

  fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'geen-adres' } });
  fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

  expect(await screen.findByText('Vul een geldig e-mailadres in.')).toBeVisible();
  expect(requests.some((request) => request.method === 'POST')).toBe(false);
});

it('explains that an address already has an account', async () => {
  stubPeoplePage({ 'POST /invitations': () => problem(409, 'email_taken') });
  renderApp('/admin/people');

  fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'anna@example.nl' } });
  fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

  expect((await screen.findByRole('alert')).textContent).toContain(
    'Iemand in deze organisatie heeft dit e-mailadres al.',
  );
});

it('marks the signed-in admin and explains that the last admin must stay', async () => {
  stubPeoplePage({ [`PATCH /users/${me.id}`]: () => problem(409, 'last_admin') });
  renderApp('/admin/people');

  const row = (await screen.findByText('(jij)')).closest('tr')!;
  expect(within(row).getByText(me.displayName, { exact: false })).toBeVisible();
  fireEvent.click(within(row).getByRole('button', { name: `${me.displayName} bewerken` }));
  const editor = within(screen.getByRole('heading', { name: `${me.displayName} bewerken` }).parentElement!);
  fireEvent.click(editor.getByLabelText('Beheerder'));
  fireEvent.click(editor.getByRole('button', { name: 'Opslaan' }));

  expect((await screen.findByRole('alert')).textContent).toContain('de organisatie moet minstens één beheerder houden');
  expect(screen.getByText(/Maak eerst iemand anders beheerder/)).toBeVisible();
  // Nobody can lock themselves out by accident: their own account has no deactivate button.
  expect(screen.queryByRole('button', { name: 'Deactiveren' })).toBeNull();
});

it('deactivates someone only after confirming', async () => {
  const colleague = createPerson({ displayName: 'Piet Jansen' });
  const patched = vi.fn(() => Response.json({ ...colleague, active: false }));
  stubPeoplePage({
    'GET /users': () => Response.json(pageOf([me, colleague])),
    [`PATCH /users/${colleague.id}`]: patched,
  });
  const requests = recordRequests();
  renderApp('/admin/people');

  fireEvent.click(await screen.findByRole('button', { name: 'Piet Jansen bewerken' }));
  fireEvent.click(screen.getByRole('button', { name: 'Deactiveren' }));
  expect(patched).not.toHaveBeenCalled();
  const confirm = screen.getByRole('button', { name: 'Ja, deactiveren' });
  expect(document.activeElement).toBe(confirm);

  fireEvent.click(confirm);
  await waitFor(() => expect(patched).toHaveBeenCalledOnce());
  expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ active: false });
});

it('pages through people 25 at a time and searches by name', async () => {
  const people = Array.from({ length: 25 }, () => createPerson());
  stubPeoplePage({ 'GET /users': () => Response.json(pageOf(people, 40)) });
  const requests = recordRequests();
  renderApp('/admin/people');

  expect(await screen.findByText('1–25 van 40')).toBeVisible();
  expect(screen.getByRole('button', { name: 'Vorige' })).toHaveProperty('disabled', true);
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  await waitFor(() =>
    expect(
      requests.some(
        (request) => request.url.pathname.endsWith('/users') && request.url.searchParams.get('offset') === '25',
      ),
    ).toBe(true),
  );

  fireEvent.change(screen.getByLabelText('Zoeken'), { target: { value: 'jans' } });
  await waitFor(() => {
    const last = requests.filter((request) => request.url.pathname.endsWith('/users')).at(-1)!;
    expect(last.url.searchParams.get('search')).toBe('jans');
    expect(last.url.searchParams.get('offset')).toBe('0');
  });
});
