import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Signed out until `POST /auth/signup` answers 201. */
function stubSignUp(signUp: () => Response) {
  let signedIn = false;
  const signUpAnswer = vi.fn((_init?: RequestInit) => {
    const response = signUp();
    signedIn = response.ok;
    return response;
  });
  stubApi({
    'GET /me': () =>
      signedIn ? Response.json({ ...signedInPerson, roles: ['admin'] }) : problem(401, 'unauthenticated'),
    'POST /auth/signup': signUpAnswer,
    'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }),
  });
  return signUpAnswer;
}

async function signUpWith(password = 'een lang wachtwoord') {
  await screen.findByRole('heading', { level: 1, name: 'Organisatie aanmelden' });
  fill('Naam van je organisatie', 'Gemeente Voorbeeld');
  fill('Je naam', 'Anna de Vries');
  fill('E-mailadres', 'anna@example.nl');
  fill('Wachtwoord', password);
  fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmelden' }));
}

it('creates the organisation in the chosen language and goes to the overview', async () => {
  const signUp = stubSignUp(() => new Response(null, { status: 201 }));
  renderApp('/sign-up');

  await signUpWith();

  expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
  expect(JSON.parse(signUp.mock.calls[0]![0]!.body as string)).toEqual({
    organizationName: 'Gemeente Voorbeeld',
    displayName: 'Anna de Vries',
    email: 'anna@example.nl',
    password: 'een lang wachtwoord',
    locale: 'nl',
  });
});

it('offers the language the visitor switched the page to', async () => {
  stubSignUp(() => new Response(null, { status: 201 }));
  renderApp('/sign-up');
  await screen.findByRole('heading', { level: 1, name: 'Organisatie aanmelden' });

  fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } });

  expect(await screen.findByRole('heading', { level: 1, name: 'Sign up your organisation' })).toBeVisible();
  expect((screen.getByLabelText('Language of your organisation') as HTMLSelectElement).value).toBe('en');
});

it('explains that signing up is switched off', async () => {
  stubSignUp(() => problem(403, 'signup_disabled'));
  renderApp('/sign-up');

  await signUpWith();

  expect((await screen.findByRole('alert')).textContent).toContain('Zelf aanmelden is uitgeschakeld.');
});

it('asks for a password of at least 12 characters before sending anything', async () => {
  const signUp = stubSignUp(() => new Response(null, { status: 201 }));
  renderApp('/sign-up');

  await signUpWith('te kort');

  expect(await screen.findByText('Kies een wachtwoord van minstens 12 tekens.')).toBeVisible();
  expect(signUp).not.toHaveBeenCalled();
});
