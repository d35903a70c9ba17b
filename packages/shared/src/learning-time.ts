import type { Schemas } from './api.generated.js';

export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const DECISIONS = ['approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export const MAX_REQUEST_HOURS = 40;

export type CreateLearningTimeRequest = Schemas['CreateLearningTimeRequestDto'];

export type UpdateLearningTimeRequest = Schemas['UpdateLearningTimeRequestDto'];

export type LearningTimeRequestResponse = Schemas['LearningTimeRequestResponse'];

export type DecisionRequest = Schemas['DecisionDto'];

export type BulkDecisionRequest = Schemas['BulkDecisionDto'];

export type BalancePeriod = Schemas['BalancePeriod'];

export type BalanceResponse = Schemas['BalanceResponse'];

export type ApprovalItem = Schemas['ApprovalItem'];

/** Approved learning time of one team, per week, for its managers (and L&O staff and admins). */
export type TeamCalendarWeek = Schemas['TeamCalendarWeek'];
