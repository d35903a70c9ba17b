import { screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { signedInPerson, stubApi } from '@/test/stub-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('offers both downloads and explains how to have the data erased', async () => {
  stubApi({ 'GET /me': () => Response.json(signedInPerson) });
  renderApp('/my-data');

  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  const downloads = screen.getByRole('region', { name: 'Downloaden' });
  expect(within(downloads).getByRole('link', { name: 'Download als JSON-bestand' }).getAttribute('href')).toBe(
    '/api/v1/me/data',
  );
  expect(within(downloads).getByRole('link', { name: 'Download als leesbaar document' }).getAttribute('href')).toBe(
    '/api/v1/me/data/document',
  );
  expect(
    within(screen.getByRole('region', { name: 'Je gegevens laten wissen' })).getByText(/Vraag het aan de beheerder/),
  ).toBeVisible();
});
