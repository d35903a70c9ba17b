import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { AuditEventResponse } from '@vitaal/shared/people';
import { changeLocale } from '@/lib/i18n';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';
import { createPerson, createTeam, pageOf, recordRequests, signedInAdmin } from '../test/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

const piet = createPerson({ displayName: 'Piet Jansen' });
const team = createTeam({ name: 'Wijkteam Noord' });
const actor = { id: signedInAdmin.id, displayName: signedInAdmin.displayName };
const events: AuditEventResponse[] = [
  {
    id: 'e2',
    action: 'team.member_role_changed',
    actor,
    targetType: 'team',
    targetId: team.id,
    details: { userId: piet.id, from: 'member', to: 'manager' },
    createdAt: '2026-03-02T14:05:00Z',
  },
  {
    id: 'e1',
    action: 'user.roles_changed',
    actor,
    targetType: 'user',
    targetId: piet.id,
    details: { from: [], to: ['lno'] },
    createdAt: '2026-03-02T14:00:00Z',
  },
];

function stubAuditPage() {
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /audit-events': () => Response.json(pageOf(events)),
    [`GET /users/${piet.id}`]: () => Response.json(piet),
    'GET /teams': () => Response.json([team]),
  });
}

it('shows readable events with names instead of ids', async () => {
  stubAuditPage();
  renderApp('/admin/audit');

  const row = (await screen.findByText('Rol in team gewijzigd')).closest('tr')!;
  await waitFor(() =>
    expect(within(row).getByText(/Piet Jansen/).textContent).toMatch(/Piet Jansen: Lid →\s*wordt Leidinggevende/),
  );
  expect(within(row).getByRole('link', { name: 'Wijkteam Noord' }).getAttribute('href')).toBe(
    `/admin/teams/${team.id}`,
  );
  expect(within(row).getByText(signedInAdmin.displayName)).toBeVisible();
  expect(within(row).getByText(/2026/).closest('time')?.getAttribute('datetime')).toBe('2026-03-02T14:05:00Z');

  const roles = screen.getByText('Rollen gewijzigd').closest('tr')!;
  expect(roles.textContent).toMatch(/Professional →\s*wordt L&O/);
});

it('filters by kind and shows the English labels in English', async () => {
  stubAuditPage();
  const requests = recordRequests();
  renderApp('/admin/audit');

  fireEvent.change(await screen.findByLabelText('Soort'), { target: { value: 'teams' } });
  await waitFor(() =>
    expect(requests.some((request) => request.url.searchParams.get('action') === 'team.')).toBe(true),
  );

  await changeLocale('en');
  expect(await screen.findByText('Team role changed')).toBeVisible();
  expect(screen.getAllByText(/Mar 2, 2026/)).toHaveLength(2);
});

it('shows what the nightly retention run deleted, in Dutch and English', async () => {
  const retention: AuditEventResponse = {
    id: 'e3',
    action: 'retention.applied',
    actor: null,
    targetType: 'organization',
    targetId: signedInAdmin.organization.id,
    details: { retentionMonths: 24, before: '2024-W48', weeks: 12, learningTimeRequests: 1, notifications: 0 },
    createdAt: '2026-11-30T01:00:00Z',
  };
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /audit-events': () => Response.json(pageOf([retention])),
  });
  renderApp('/admin/audit');

  const row = (await screen.findByText('Oude gegevens verwijderd')).closest('tr')!;
  expect(within(row).getByText('Vitaal (automatisch)')).toBeVisible();
  // Date ranges come with thin spaces around the dash.
  expect(row.textContent).toMatch(
    /12 weken en 1 leertijdaanvraag van vóór week 48 \(25 november\s–\s1 december 2024\); bewaartermijn 24 maanden/,
  );

  await changeLocale('en');
  expect((await screen.findByText('Old data deleted')).closest('tr')!.textContent).toMatch(
    /12 weeks and 1 learning-time request from before week 48 \(November 25\s–\sDecember 1, 2024\); retention period 24 months/,
  );
});
