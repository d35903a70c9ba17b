import type { Page } from '@vitaal/shared/page';
import type { TeamDetailResponse, UserResponse } from '@vitaal/shared/people';
import { vi } from 'vitest';
import { signedInPerson } from '@/test/stub-api';

/** The signed-in person as an admin, as GET /me answers it; admin pages show only to admins. */
export const signedInAdmin = { ...signedInPerson, roles: ['admin' as const] };

let sequence = 0;

export function createPerson(overrides: Partial<UserResponse> = {}): UserResponse {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-1${String(sequence).padStart(11, '0')}`,
    email: `person${sequence}@example.nl`,
    displayName: `Persoon ${sequence}`,
    locale: 'nl',
    contractHours: 36,
    roles: [],
    active: true,
    teams: [],
    ...overrides,
  };
}

export function createTeam(overrides: Partial<TeamDetailResponse> = {}): TeamDetailResponse {
  sequence += 1;
  const members = overrides.members ?? [];
  return {
    id: `00000000-0000-4000-8000-2${String(sequence).padStart(11, '0')}`,
    name: `Team ${sequence}`,
    archived: false,
    memberCount: members.length,
    managerCount: members.filter((member) => member.role === 'manager').length,
    members,
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length, offset = 0): Page<T> {
  return { items, total, limit: 25, offset };
}

/**
 * Wraps the stubbed fetch (call after `stubApi`) so a test can read which requests the page
 * sent, with their query strings and bodies.
 */
export function recordRequests(): { method: string; url: URL; body: unknown }[] {
  const requests: { method: string; url: URL; body: unknown }[] = [];
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({
      method: init?.method ?? 'GET',
      url: new URL(String(input), 'http://localhost'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return stubbed(input, init);
  });
  return requests;
}
