import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Signed out until `POST /auth/login` answers as given; after a 204 the API knows the person. */
function stubSignIn(login: () => Response, person = signedInPerson) {
  let signedIn = false;
  const loginAnswer = vi.fn((_init?: RequestInit) => {
    const response = login();
    signedIn = response.ok;
    return response;
  });
  stubApi({
    'GET /me': () => (signedIn ? Response.json(person) : problem(401, 'unauthenticated')),
    'POST /auth/login': loginAnswer,
    'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }),
  });
  return loginAnswer;
}

async function signInWith(email: string, password: string) {
  await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
  fill('E-mailadres', email);
  fill('Wachtwoord', password);
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

it('explains a wrong email address or password in Dutch', async () => {
  stubSignIn(() => problem(401, 'invalid_credentials'));
  renderApp('/sign-in');

  await signInWith('anna@example.nl', 'verkeerd wachtwoord');

  expect((await screen.findByRole('alert')).textContent).toContain('Het e-mailadres of wachtwoord klopt niet.');
  expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
});

it('explains being locked out after too many attempts', async () => {
  stubSignIn(() => problem(429, 'rate_limited'));
  renderApp('/sign-in');

  await signInWith('anna@example.nl', 'verkeerd wachtwoord');

  expect((await screen.findByRole('alert')).textContent).toContain('Te veel pogingen achter elkaar.');
});

it('goes to the page in `next` after signing in, in the language of the person', async () => {
  const login = stubSignIn(() => new Response(null, { status: 204 }), { ...signedInPerson, locale: 'en' });
  renderApp('/sign-in?next=%2Fprofile');

  await signInWith(' anna@example.nl ', 'een goed wachtwoord');

  expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  expect(JSON.parse(login.mock.calls[0]![0]!.body as string)).toEqual({
    email: 'anna@example.nl',
    password: 'een goed wachtwoord',
  });
});

it('goes to the overview when `next` points to another site', async () => {
  stubSignIn(() => new Response(null, { status: 204 }));
  renderApp('/sign-in?next=%2F%2Fevil.example');

  await signInWith('anna@example.nl', 'een goed wachtwoord');

  expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
});

it('asks for both fields before sending anything', async () => {
  const login = stubSignIn(() => new Response(null, { status: 204 }));
  renderApp('/sign-in');

  await signInWith('', '');

  expect(await screen.findAllByText('Vul dit veld in.')).toHaveLength(2);
  expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBe('true');
  expect(login).not.toHaveBeenCalled();
});

it('sends someone who is already signed in to the overview', async () => {
  stubApi({ 'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }) });
  renderApp('/sign-in');

  expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
});

it('asks which organisation when the password opens accounts in several, then signs in there', async () => {
  const organizations = [
    { id: '00000000-0000-4000-8000-0000000000c1', name: 'Gemeente Een' },
    { id: '00000000-0000-4000-8000-0000000000c2', name: 'Gemeente Twee' },
  ];
  const login = stubSignIn(() => new Response(null, { status: 204 }));
  login.mockImplementationOnce(() => Response.json({ organizations }));
  renderApp('/sign-in');

  await signInWith('anna@example.nl', 'een lang wachtwoord');
  const choice = await screen.findByLabelText('Organisatie');
  expect(screen.getByText(/account bij meer dan één organisatie/)).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByText('Kies de organisatie waar je wilt inloggen.')).toBeVisible();
  expect(login).toHaveBeenCalledTimes(1);

  fireEvent.change(choice, { target: { value: organizations[1]!.id } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
  await waitFor(() => expect(login).toHaveBeenCalledTimes(2));
  expect(JSON.parse(String(login.mock.calls[1]![0]?.body))).toEqual({
    email: 'anna@example.nl',
    password: 'een lang wachtwoord',
    organizationId: organizations[1]!.id,
  });
});
