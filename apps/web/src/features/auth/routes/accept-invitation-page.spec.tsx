import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** A visitor with the invitation link: signed out until the invitation is accepted. */
function stubInvitation() {
  let signedIn = false;
  const accept = vi.fn((_init?: RequestInit) => {
    signedIn = true;
    return new Response(null, { status: 204 });
  });
  stubApi({
    'GET /me': () => (signedIn ? Response.json(signedInPerson) : problem(401, 'unauthenticated')),
    'GET /invitations/geheim': () =>
      Response.json({ email: 'anna@example.nl', organizationName: 'Gemeente Voorbeeld' }),
    'POST /invitations/geheim/accept': accept,
    'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }),
  });
  return accept;
}

it('explains an invalid invitation and offers the way to sign in', async () => {
  stubApi({
    'GET /me': () => problem(401, 'unauthenticated'),
    'GET /invitations/verlopen': () => problem(404, 'invitation_invalid'),
  });
  renderApp('/invitations/verlopen');

  expect(await screen.findByText(/Deze uitnodiging is ongeldig, verlopen of al gebruikt/)).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe('/sign-in');
});

it('catches two different passwords before sending anything', async () => {
  const accept = stubInvitation();
  renderApp('/invitations/geheim');

  expect(await screen.findByText('Je bent uitgenodigd voor Gemeente Voorbeeld als anna@example.nl.')).toBeVisible();
  fill('Je naam', 'Anna de Vries');
  fill('Wachtwoord', 'een lang wachtwoord');
  fill('Herhaal je wachtwoord', 'een ander wachtwoord');
  fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));

  expect(await screen.findByText('De wachtwoorden zijn niet hetzelfde.')).toBeVisible();
  expect(screen.getByLabelText('Herhaal je wachtwoord').getAttribute('aria-invalid')).toBe('true');
  expect(accept).not.toHaveBeenCalled();
});

it('creates the account and goes to the overview', async () => {
  const accept = stubInvitation();
  renderApp('/invitations/geheim');

  await screen.findByText('Je bent uitgenodigd voor Gemeente Voorbeeld als anna@example.nl.');
  fill('Je naam', 'Anna de Vries');
  fill('Wachtwoord', 'een lang wachtwoord');
  fill('Herhaal je wachtwoord', 'een lang wachtwoord');
  fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
  expect(JSON.parse(accept.mock.calls[0]![0]!.body as string)).toEqual({
    displayName: 'Anna de Vries',
    password: 'een lang wachtwoord',
    locale: 'nl',
  });
});
