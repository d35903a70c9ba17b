import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { OrganizationResponse } from '@vitaal/shared/organization';
import { renderApp } from '@/test/render-app';
import { problem, stubApi } from '@/test/stub-api';
import { recordRequests, signedInAdmin } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const organization: OrganizationResponse = {
  id: signedInAdmin.organization.id,
  name: 'Gemeente Voorbeeld',
  timezone: 'Europe/Amsterdam',
  locale: 'nl',
  learningNormPercent: 10,
  reflectionEditWindowDays: 14,
  minGroupSize: 5,
  retentionMonths: 24,
  version: 3,
};

it('sends only the changed settings with the version it read', async () => {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /organization': () => Response.json(organization),
    'PATCH /organization': () => Response.json({ ...organization, learningNormPercent: 12, version: 4 }),
  });
  const requests = recordRequests();
  renderApp('/admin/organization');

  fireEvent.change(await screen.findByLabelText('Leernorm (% van de contracturen)'), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findByText('De instellingen zijn opgeslagen.')).toBeVisible();
  expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 3, learningNormPercent: 12 });
});

it('explains values out of range and an unknown time zone before sending', async () => {
  stubApi({ 'GET /me': () => Response.json(signedInAdmin), 'GET /organization': () => Response.json(organization) });
  const requests = recordRequests();
  renderApp('/admin/organization');

  fireEvent.change(await screen.findByLabelText('Minimale groepsgrootte'), { target: { value: '2' } });
  fireEvent.change(screen.getByLabelText('Bewaartermijn (maanden)'), { target: { value: '3' } });
  fireEvent.change(screen.getByLabelText('Tijdzone'), { target: { value: 'Europe/Nergens' } });
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findAllByText('Deze waarde valt buiten het toegestane bereik.')).toHaveLength(2);
  expect(screen.getByText('Vul een geldige tijdzone in, zoals Europe/Amsterdam.')).toBeVisible();
  expect(requests.some((request) => request.method === 'PATCH')).toBe(false);
});

it('explains what the retention period deletes and saves a new one', async () => {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /organization': () => Response.json(organization),
    'PATCH /organization': () => Response.json({ ...organization, retentionMonths: 36, version: 4 }),
  });
  const requests = recordRequests();
  renderApp('/admin/organization');

  const field = await screen.findByLabelText('Bewaartermijn (maanden)');
  expect(
    screen.getByText(/verwijdert Vitaal die week .*, de leertijdaanvragen voor die week .* 6 tot 120/),
  ).toBeVisible();
  fireEvent.change(field, { target: { value: '36' } });
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findByText('De instellingen zijn opgeslagen.')).toBeVisible();
  expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 3, retentionMonths: 36 });
});

it('on a version conflict, offers to load the latest settings', async () => {
  let current = organization;
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /organization': () => Response.json(current),
    'PATCH /organization': () => problem(409, 'version_conflict'),
  });
  renderApp('/admin/organization');

  fireEvent.change(await screen.findByLabelText('Naam van de organisatie'), { target: { value: 'Gemeente Anders' } });
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Iemand anders heeft dit intussen gewijzigd.');

  current = { ...organization, name: 'Gemeente Nieuw', version: 4 };
  fireEvent.click(screen.getByRole('button', { name: 'Nieuwste instellingen laden' }));

  await waitFor(() =>
    expect(screen.getByLabelText<HTMLInputElement>('Naam van de organisatie').value).toBe('Gemeente Nieuw'),
  );
  expect(screen.queryByRole('alert')).toBeNull();
});
