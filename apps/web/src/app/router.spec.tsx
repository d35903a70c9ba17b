import { screen } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { PAGE_WALK } from '../../e2e/support/page-walk';
import { routes } from './router';
import { renderApp } from '@/test/render-app';
import { problem, signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('shows the not-found page inside the shell for an unknown address', async () => {
  stubApi();
  renderApp('/bestaat-niet');

  expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Naar het overzicht' }).getAttribute('href')).toBe('/');
  expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  expect(document.title).toBe('Pagina niet gevonden · Vitaal');
});

const asAdmin = () => Response.json({ ...signedInPerson, roles: ['admin'] });

it('shows admins the system status on the overview', async () => {
  stubApi({
    'GET /me': asAdmin,
    'GET /health/ready': () =>
      Response.json({ status: 'unavailable', database: 'ok', pendingMigrations: 2 }, { status: 503 }),
  });
  renderApp('/');

  expect(await screen.findByText('Er staan nog 2 database-updates klaar.')).toBeVisible();
});

it('keeps the system status off a professional’s overview', async () => {
  stubApi({ 'GET /health/ready': () => Response.json({ status: 'ok', database: 'ok', pendingMigrations: 0 }) });
  renderApp('/');

  expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
  expect(screen.queryByText('Systeemstatus')).toBeNull();
});

it('explains a failed status check by its code, not the server text', async () => {
  stubApi({
    'GET /me': asAdmin,
    'GET /health/ready': () => {
      throw new TypeError('Failed to fetch');
    },
  });
  renderApp('/');

  expect((await screen.findByRole('alert')).textContent).toContain('Geen verbinding met Vitaal.');
  expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
});

it('sends a visitor without a session to the sign-in page', async () => {
  stubApi({ 'GET /me': () => problem(401, 'unauthenticated') });
  renderApp('/');

  expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
});

it('shows the admin pages in the navigation to admins only', async () => {
  stubApi();
  renderApp('/');
  await screen.findByRole('navigation', { name: 'Hoofdmenu' });
  expect(screen.queryByRole('link', { name: 'Mensen' })).toBeNull();
});

/** Every full path pattern of a route tree: `/admin/people`, `/` for the index, `/*` for the rest. */
function routePatterns(tree: RouteObject[], parent = ''): string[] {
  return tree.flatMap((route) => {
    const path = route.path ? `${parent.replace(/\/$/, '')}/${route.path.replace(/^\//, '')}` : parent;
    const own = route.index || (route.path && !route.children) ? [path || '/'] : [];
    return [...own, ...routePatterns(route.children ?? [], path)];
  });
}

it('has every page walked by the browser tests at phone and desktop widths', () => {
  expect(routePatterns(routes).sort()).toEqual(Object.keys(PAGE_WALK).sort());
});
