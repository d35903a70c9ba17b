import type { IsoWeekKey } from './iso-week.js';
import type { LearningForm } from './weeks.js';

export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const DECISIONS = ['approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export const MAX_REQUEST_HOURS = 40;

export interface LearningTimeRequestFields {
  week: IsoWeekKey;
  /** A day within the week (ISO date), when the time is for one day. */
  date: string | null;
  hours: number;
  form: LearningForm;
  purpose: string;
  goalId: string | null;
  /** The team whose managers decide. */
  teamId: string;
}

export type CreateLearningTimeRequest = Omit<LearningTimeRequestFields, 'date' | 'goalId'> & {
  date?: string | null;
  goalId?: string | null;
};

export type UpdateLearningTimeRequest = Partial<LearningTimeRequestFields> & { version: number };

export interface LearningTimeRequestResponse extends LearningTimeRequestFields {
  id: string;
  requester: { id: string; displayName: string };
  teamName: string;
  status: RequestStatus;
  decidedBy: { id: string; displayName: string } | null;
  decidedAt: string | null;
  decisionComment: string;
  version: number;
  createdAt: string;
}

export interface DecisionRequest {
  decision: Decision;
  /** Required when rejecting. */
  comment: string;
}

export interface BulkDecisionRequest extends DecisionRequest {
  requestIds: string[];
}

export interface BalancePeriod {
  /** `2026` or `2026-Q4`. */
  period: string;
  norm: number;
  requested: number;
  approved: number;
  /** Actual learning hours from submitted weeks. */
  used: number;
}

export interface BalanceResponse {
  weeklyNorm: number;
  year: BalancePeriod;
  quarter: BalancePeriod;
}

export interface ApprovalItem extends LearningTimeRequestResponse {
  /** The requester's balance for the request's year, before this request. */
  requesterBalance: BalancePeriod;
  /** Whether approving would take the requester beyond the year's norm. */
  exceedsNorm: boolean;
}

/** Approved learning time of one team, per week, for its managers (and L&O staff and admins). */
export interface TeamCalendarWeek {
  week: IsoWeekKey;
  entries: {
    requestId: string;
    userId: string;
    displayName: string;
    hours: number;
    form: LearningForm;
    date: string | null;
  }[];
}
