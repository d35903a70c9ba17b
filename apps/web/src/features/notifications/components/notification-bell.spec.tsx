import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('links to the notifications with the unread count in its name', async () => {
  stubApi({ 'GET /notifications/unread-count': () => Response.json({ unread: 3 }) });
  renderApp('/profile');

  const bell = await screen.findByRole('link', { name: 'Meldingen, 3 ongelezen' });
  expect(bell.getAttribute('href')).toBe('/notifications');
  expect(bell.textContent).toBe('Meldingen 3');
});

it('is just "notifications" when everything has been read', async () => {
  stubApi({ 'GET /notifications/unread-count': () => Response.json({ unread: 0 }) });
  renderApp('/profile');

  expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeVisible();
  expect(screen.queryByRole('link', { name: /ongelezen/ })).toBeNull();
});
