import type { MeResponse } from '@vitaal/shared/auth';
import type { Page } from '@vitaal/shared/page';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import type {
  SharedLearningResponse,
  TeamLearningFiguresResponse,
  TeamSessionResponse,
} from '@vitaal/shared/team-learning';
import { vi } from 'vitest';
import { signedInPerson, stubApi } from '@/test/stub-api';

export const TEAM_ID = 't1';

/** Anna as a member of Burgerzaken, as GET /me answers it. */
export const member: MeResponse = { ...signedInPerson, teams: [{ id: TEAM_ID, name: 'Burgerzaken', role: 'member' }] };
export const manager: MeResponse = {
  ...member,
  teams: [{ id: TEAM_ID, name: 'Burgerzaken', role: 'manager' }],
  managedTeamIds: [TEAM_ID],
};
/** L&O staff read every team's learning without being in the team. */
export const lnoStaff: MeResponse = { ...signedInPerson, roles: ['lno'] };

export const colleague = { id: '00000000-0000-4000-8000-000000000011', displayName: 'Bram Jansen' };

export const team: TeamDetailResponse = {
  id: TEAM_ID,
  name: 'Burgerzaken',
  archived: false,
  memberCount: 2,
  managerCount: 0,
  members: [
    { userId: signedInPerson.id, displayName: signedInPerson.displayName, email: signedInPerson.email, role: 'member' },
    { userId: colleague.id, displayName: colleague.displayName, email: 'bram@example.nl', role: 'member' },
  ],
};

const { members: _members, ...teamSummary } = team;

export const figures: TeamLearningFiguresResponse = {
  quarter: '2026-Q4',
  sessionsHeld: 3,
  attendanceRate: 0.75,
  sharedLearnings: 4,
};

let sequence = 0;
const nextId = () => `00000000-0000-4000-8000-3${String((sequence += 1)).padStart(11, '0')}`;

export function createSession(overrides: Partial<TeamSessionResponse> = {}): TeamSessionResponse {
  return {
    id: nextId(),
    teamId: TEAM_ID,
    kind: 'intervision',
    title: 'Intervisie over lastige gesprekken',
    startsAt: '2025-11-18T13:00:00.000Z',
    durationMinutes: 90,
    facilitatorId: colleague.id,
    facilitatorName: colleague.displayName,
    agenda: 'Casus van Bram',
    outcomes: '',
    agreements: '',
    createdBy: colleague.id,
    attendees: [],
    goals: [],
    version: 1,
    ...overrides,
  };
}

export function createLearning(overrides: Partial<SharedLearningResponse> = {}): SharedLearningResponse {
  return {
    id: nextId(),
    teamId: TEAM_ID,
    author: colleague,
    body: 'Eerst de emotie benoemen haalt de spanning eruit.',
    fromWeek: null,
    hidden: false,
    reactions: [
      { kind: 'like', count: 0, mine: false },
      { kind: 'insightful', count: 2, mine: false },
      { kind: 'thanks', count: 0, mine: false },
    ],
    comments: [],
    version: 1,
    createdAt: '2026-11-25T09:30:00.000Z',
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length, offset = 0, limit = 10): Page<T> {
  return { items, total, limit, offset };
}

type Answers = Parameters<typeof stubApi>[0];

/**
 * The team page's calls answered with a quiet team (no sessions, no posts) unless the test says
 * otherwise. Session lists are told apart by `when`: "GET /teams/t1/sessions?when=past".
 */
export function stubTeamLearning(person: MeResponse, answers: Answers = {}) {
  const sessionLists = Object.fromEntries(Object.entries(answers).filter(([key]) => key.includes('?when=')));
  stubApi({
    'GET /me': () => Response.json(person),
    'GET /teams': () => Response.json([teamSummary]),
    [`GET /teams/${TEAM_ID}`]: () => Response.json(team),
    [`GET /teams/${TEAM_ID}/learning-figures`]: () => Response.json(figures),
    [`GET /teams/${TEAM_ID}/sessions`]: () => Response.json(pageOf([])),
    [`GET /teams/${TEAM_ID}/learnings`]: () => Response.json(pageOf([])),
    'GET /organization': () => Response.json({ timezone: 'Europe/Amsterdam' }),
    ...answers,
  });
  const stubbed = globalThis.fetch;
  const requests: { method: string; url: URL; body: unknown }[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    requests.push({ method, url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    const list = sessionLists[`${method} ${url.pathname.replace('/api/v1', '')}?when=${url.searchParams.get('when')}`];
    return list ? list(init) : stubbed(input, init);
  });
  return requests;
}
