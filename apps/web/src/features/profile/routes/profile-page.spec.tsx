import { fireEvent, screen, within } from '@testing-library/react';
import type { MeResponse } from '@vitaal/shared/auth';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const bodyOf = (answer: ReturnType<typeof vi.fn>) =>
  JSON.parse((answer.mock.calls[0]![0] as RequestInit).body as string) as unknown;

it('shows what the organisation decided about the person', async () => {
  stubApi({
    'GET /me': () =>
      Response.json({
        ...signedInPerson,
        roles: ['admin'],
        teams: [{ id: 't1', name: 'Burgerzaken', role: 'manager' }],
      } satisfies MeResponse),
  });
  renderApp('/profile');

  const account = await screen.findByRole('region', { name: 'Je account' });
  expect(within(account).getByText('anna@example.nl')).toBeVisible();
  expect(within(account).getByText('Gemeente Voorbeeld')).toBeVisible();
  expect(within(account).getByText('Professional en Beheerder')).toBeVisible();
  expect(within(account).getByText('Burgerzaken (leidinggevende)')).toBeVisible();
});

it('saves the name and language and switches the app to that language', async () => {
  const save = vi.fn((init?: RequestInit) =>
    Response.json({ ...signedInPerson, ...(JSON.parse(init!.body as string) as object) }),
  );
  stubApi({ 'PATCH /me': save });
  renderApp('/profile');

  await screen.findByRole('heading', { level: 1, name: 'Profiel' });
  fill('Naam', 'Anna van Dijk');
  fill('Voorkeurstaal', 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  expect((await screen.findByText('Your name and language have been saved.')).getAttribute('role')).toBe('status');
  expect(screen.getByRole('link', { name: 'Signed in as Anna van Dijk' })).toBeVisible();
  expect(bodyOf(save)).toEqual({ displayName: 'Anna van Dijk', locale: 'en' });
});

it('shows a wrong current password on its field', async () => {
  stubApi({ 'POST /me/password': () => problem(400, 'wrong_password') });
  renderApp('/profile');

  await screen.findByRole('heading', { level: 1, name: 'Profiel' });
  fill('Huidig wachtwoord', 'niet mijn wachtwoord');
  fill('Nieuw wachtwoord', 'een nieuw lang wachtwoord');
  fill('Herhaal je nieuwe wachtwoord', 'een nieuw lang wachtwoord');
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

  expect(await screen.findByText('Het huidige wachtwoord klopt niet.')).toBeVisible();
  expect(screen.getByLabelText('Huidig wachtwoord').getAttribute('aria-invalid')).toBe('true');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('changes the password and says that other sessions have ended', async () => {
  const change = vi.fn((_init?: RequestInit) => new Response(null, { status: 204 }));
  stubApi({ 'POST /me/password': change });
  renderApp('/profile');

  await screen.findByRole('heading', { level: 1, name: 'Profiel' });
  fill('Huidig wachtwoord', 'mijn oude wachtwoord');
  fill('Nieuw wachtwoord', 'een nieuw lang wachtwoord');
  fill('Herhaal je nieuwe wachtwoord', 'een nieuw lang wachtwoord');
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

  expect(
    (await screen.findByText('Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.')).getAttribute(
      'role',
    ),
  ).toBe('status');
  expect((screen.getByLabelText('Huidig wachtwoord') as HTMLInputElement).value).toBe('');
  expect(bodyOf(change)).toEqual({ currentPassword: 'mijn oude wachtwoord', newPassword: 'een nieuw lang wachtwoord' });
});
