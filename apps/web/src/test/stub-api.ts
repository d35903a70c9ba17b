import type { MeResponse } from '@vitaal/shared/auth';
import { vi } from 'vitest';

type Answer = (init?: RequestInit) => Response | Promise<Response>;

export const signedInPerson: MeResponse = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'anna@example.nl',
  displayName: 'Anna de Vries',
  locale: 'nl',
  contractHours: 36,
  roles: [],
  organization: { id: '00000000-0000-4000-8000-000000000002', name: 'Gemeente Voorbeeld' },
  teams: [],
  managedTeamIds: [],
};

export const problem = (status: number, code: string) =>
  new Response(
    JSON.stringify({
      type: `urn:vitaal:problem:${code}`,
      title: code,
      status,
      detail: code,
      code,
      correlationId: 'test-correlation',
    }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );

/**
 * Answers the app's API calls by "METHOD /path" (without /api/v1); `GET /me` answers with a
 * signed-in person unless the test says otherwise. Anything else is a 404 problem.
 */
export function stubApi(answers: Record<string, Answer> = {}): void {
  const all: Record<string, Answer> = { 'GET /me': () => Response.json(signedInPerson), ...answers };
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input), 'http://localhost').pathname.replace('/api/v1', '');
    const answer = all[`${init?.method ?? 'GET'} ${path}`];
    return answer ? answer(init) : problem(404, 'not_found');
  });
}
