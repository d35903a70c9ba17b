import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';

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
