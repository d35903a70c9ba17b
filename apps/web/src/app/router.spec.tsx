import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('shows the not-found page inside the shell for an unknown address', async () => {
  renderApp('/bestaat-niet');

  expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeDefined();
  expect(screen.getByRole('link', { name: 'Naar het overzicht' }).getAttribute('href')).toBe('/');
  expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeDefined();
  expect(document.title).toBe('Pagina niet gevonden · Vitaal');
});

it('shows the system status on the overview', async () => {
  vi.stubGlobal('fetch', async () => Response.json({ status: 'unavailable', database: 'ok', pendingMigrations: 2 }, { status: 503 }));
  renderApp('/');

  expect(await screen.findByText('Er staan nog 2 database-updates klaar.')).toBeDefined();
});

it('explains a failed status check by its code, not the server text', async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  renderApp('/');

  expect((await screen.findByRole('alert')).textContent).toContain('Geen verbinding met Vitaal.');
  expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeDefined();
});
