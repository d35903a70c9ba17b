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
    targetLabel: null,
    details: { userId: piet.id, from: 'member', to: 'manager' },
    createdAt: '2026-03-02T14:05:00Z',
  },
  {
    id: 'e1',
    action: 'user.roles_changed',
    actor,
    targetType: 'user',
    targetId: piet.id,
    targetLabel: null,
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
  await waitFor(() => expect(requests.some((request) => request.url.searchParams.get('kind') === 'teams')).toBe(true));

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
    targetLabel: null,
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

it('says who was invited and whose learning time was decided, in words in both languages', async () => {
  const invitation: AuditEventResponse = {
    id: 'e4',
    action: 'invitation.merged',
    actor,
    targetType: 'invitation',
    targetId: '00000000-0000-4000-8000-000000000040',
    targetLabel: 'nieuw@example.nl',
    details: { addedRoles: ['lno'], addedTeamIds: [team.id] },
    createdAt: '2026-03-03T09:00:00Z',
  };
  const decision: AuditEventResponse = {
    id: 'e5',
    action: 'learning_time.approved',
    actor,
    targetType: 'learning_time_request',
    targetId: '00000000-0000-4000-8000-000000000050',
    targetLabel: null,
    details: { requesterId: piet.id, hours: 4, week: '2026-W11' },
    createdAt: '2026-03-03T10:00:00Z',
  };
  stubApi({
    'GET /me': () => Response.json(signedInAdmin),
    'GET /audit-events': () => Response.json(pageOf([decision, invitation])),
    [`GET /users/${piet.id}`]: () => Response.json(piet),
    'GET /teams': () => Response.json([team]),
  });
  renderApp('/admin/audit');

  const invited = (await screen.findByText('Uitnodiging aangevuld')).closest('tr')!;
  expect(within(invited).getByText('Uitnodiging voor nieuw@example.nl')).toBeVisible();
  expect(within(invited).getByText('Erbij: rollen L&O; 1 team')).toBeVisible();
  const approved = screen.getByText('Leertijd goedgekeurd').closest('tr')!;
  expect(within(approved).getByText('Leertijdaanvraag')).toBeVisible();
  await waitFor(() => expect(approved.textContent).toMatch(/Piet Jansen: 4 uur in week 11/));

  await changeLocale('en');
  expect(await screen.findByText('Learning time approved')).toBeVisible();
  expect(screen.getByText('Invitation for nieuw@example.nl')).toBeVisible();
  expect(screen.getByText('Learning-time request')).toBeVisible();
  expect(screen.queryByText(/learning_time|insights\./)).toBeNull();
});
