import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ErasurePreviewResponse } from '@vitaal/shared/personal-data';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { problem, stubApi } from '@/test/stub-api';
import { createPerson, pageOf, recordRequests, signedInAdmin } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const me = createPerson({
  id: signedInAdmin.id,
  displayName: signedInAdmin.displayName,
  email: signedInAdmin.email,
  roles: ['admin'],
});
const karin = createPerson({ displayName: 'Karin Bos' });
const counts = {
  goals: 2,
  milestones: 3,
  weeks: 10,
  learningTimeRequests: 1,
  sharedLearnings: 1,
  comments: 4,
  reactions: 2,
  notifications: 5,
  sessions: 1,
  invitations: 0,
  auditEvents: 7,
};
const preview: ErasurePreviewResponse = {
  person: { id: karin.id, displayName: karin.displayName },
  counts,
  token: 'het-token',
  expiresAt: '2026-03-02T09:15:00Z',
};

function openEraser(confirm: () => Response) {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /users': () => Response.json(pageOf([me, karin])),
    'GET /teams': () => Response.json([]),
    'GET /invitations': () => Response.json(pageOf([])),
    [`POST /users/${karin.id}/erasure`]: () => Response.json(preview, { status: 201 }),
    [`POST /users/${karin.id}/erasure/confirm`]: confirm,
  });
  const requests = recordRequests();
  renderApp('/admin/people');
  return requests;
}

it('shows what will be erased and erases only after the admin typed the name', async () => {
  const requests = openEraser(() => Response.json({ erasedAt: '2026-03-02T09:01:00Z', counts }));
  fireEvent.click(await screen.findByRole('button', { name: 'Karin Bos bewerken' }, { timeout: 5_000 }));
  expect(screen.getByRole('link', { name: 'Gegevens exporteren (JSON) van Karin Bos' }).getAttribute('href')).toBe(
    `/api/v1/users/${karin.id}/data`,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Account wissen…' }));

  const dialog = await screen.findByRole('dialog', { name: 'Account van Karin Bos wissen' });
  expect(within(dialog).getByText('2 leerdoelen met 3 mijlpalen worden verwijderd')).toBeVisible();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
  expect(await within(dialog).findByText('Typ de naam precies zoals hierboven.')).toBeVisible();
  expect(requests.filter((r) => r.url.pathname.endsWith('/confirm'))).toEqual([]);

  fireEvent.change(within(dialog).getByLabelText('Typ de naam Karin Bos om te bevestigen'), {
    target: { value: 'Karin Bos' },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
  await waitFor(() =>
    expect(requests.find((r) => r.url.pathname.endsWith('/confirm'))?.body).toEqual({ token: 'het-token' }),
  );
  // The editor closes; the list says what happened and takes the focus, so nobody is left on a vanished button.
  expect(await screen.findByText('Het account van Karin Bos is gewist.')).toBeVisible();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: /Zoeken/ }));
});

it('starts again when the confirmation expired', async () => {
  openEraser(() => problem(409, 'conflict'));
  fireEvent.click(await screen.findByRole('button', { name: 'Karin Bos bewerken' }, { timeout: 5_000 }));
  fireEvent.click(screen.getByRole('button', { name: 'Account wissen…' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('Typ de naam Karin Bos om te bevestigen'), {
    target: { value: 'Karin Bos' },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));

  expect(await screen.findByText('De bevestiging is verlopen. Begin opnieuw.')).toBeVisible();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Account wissen…' })));
});
