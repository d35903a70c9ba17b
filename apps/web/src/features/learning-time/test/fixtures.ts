import type { MeResponse } from '@vitaal/shared/auth';
import type {
  ApprovalItem,
  BalancePeriod,
  BalanceResponse,
  LearningTimeRequestResponse,
} from '@vitaal/shared/learning-time';
import type { Page } from '@vitaal/shared/page';
import { vi } from 'vitest';
import { signedInPerson } from '@/test/stub-api';

/** Monday 23 November 2026, week 48: the tests' "now", so week labels are fixed. */
export const NOW = new Date('2026-11-23T10:00:00Z');

/** Fakes only the clock, so react-query's and Testing Library's timers keep running. */
export function freezeClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
}

export const burgerzaken = { id: '00000000-0000-4000-8000-0000000000t1', name: 'Burgerzaken' };
export const wijkteam = { id: '00000000-0000-4000-8000-0000000000t2', name: 'Wijkteam Noord' };

export const professional: MeResponse = { ...signedInPerson, teams: [{ ...burgerzaken, role: 'member' }] };
export const manager: MeResponse = {
  ...signedInPerson,
  teams: [
    { ...burgerzaken, role: 'manager' },
    { ...wijkteam, role: 'manager' },
  ],
  managedTeamIds: [burgerzaken.id, wijkteam.id],
};

export function period(overrides: Partial<BalancePeriod> = {}): BalancePeriod {
  return { period: '2026', norm: 187.2, requested: 0, approved: 0, used: 0, ...overrides };
}

export function balance(year: Partial<BalancePeriod> = {}): BalanceResponse {
  return { weeklyNorm: 3.6, year: period(year), quarter: period({ period: '2026-Q4', norm: 50.4 }) };
}

let sequence = 0;

export function createRequest(overrides: Partial<LearningTimeRequestResponse> = {}): LearningTimeRequestResponse {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-3${String(sequence).padStart(11, '0')}`,
    requester: { id: signedInPerson.id, displayName: signedInPerson.displayName },
    teamId: burgerzaken.id,
    teamName: burgerzaken.name,
    week: '2026-W49',
    date: null,
    hours: 4,
    form: 'course',
    purpose: 'Cursus klantgericht schrijven',
    goalId: null,
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionComment: '',
    version: 1,
    createdAt: '2026-11-20T09:00:00Z',
    ...overrides,
  };
}

export function createApproval(overrides: Partial<ApprovalItem> = {}): ApprovalItem {
  return {
    ...createRequest(),
    requesterBalance: period({ requested: 20, approved: 16 }),
    exceedsNorm: false,
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length): Page<T> {
  return { items, total, limit: 10, offset: 0 };
}

/** The body the stubbed endpoint received on its first call. */
export function bodyOf(answer: { mock: { calls: unknown[][] } }, call = 0): unknown {
  return JSON.parse((answer.mock.calls[call]![0] as RequestInit).body as string);
}

/** Intl puts thin spaces around the dash of a date range; tests write plain ones. */
export const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

/** A role-name matcher for names that hold a date range. */
export const named = (expected: string) => (name: string) => plain(name) === expected;
