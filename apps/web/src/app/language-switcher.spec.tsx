import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MeResponse } from '@vitaal/shared/auth';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('switches the text from Dutch to English, sets <html lang> and remembers the choice', async () => {
  stubApi({ 'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }) });
  renderApp('/');

  expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
  expect(document.documentElement.lang).toBe('nl');

  fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } });

  expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Vitaal' })).toBeVisible();
  expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  expect(document.documentElement.lang).toBe('en');
  expect(localStorage.getItem('vitaal.locale')).toBe('en');
});

it('keeps the choice on the account when signed in, so the next sign-in speaks it too', async () => {
  let account: MeResponse = { ...signedInPerson, locale: 'nl' };
  const patch = vi.fn(async (init?: RequestInit) => {
    account = { ...account, ...(JSON.parse(String(init?.body)) as Partial<MeResponse>) };
    return Response.json(account);
  });
  stubApi({ 'GET /me': () => Response.json(account), 'PATCH /me': patch });
  renderApp('/profile');

  expect(await screen.findByRole('heading', { level: 1, name: 'Profiel' })).toBeVisible();
  fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } });

  expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
  expect(JSON.parse(String(patch.mock.calls[0]![0]?.body))).toEqual({ locale: 'en' });
  // The profile's preferred language is the same setting.
  await waitFor(() => expect(screen.getByLabelText('Preferred language')).toHaveValue('en'));
});

it('speaks the account’s language once the person is known, whatever this device chose before', async () => {
  localStorage.setItem('vitaal.locale', 'nl');
  stubApi({ 'GET /me': () => Response.json({ ...signedInPerson, locale: 'en' }) });
  renderApp('/profile');

  expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  expect(document.documentElement.lang).toBe('en');
});
