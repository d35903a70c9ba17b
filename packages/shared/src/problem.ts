import type { Schemas } from './api.generated.js';

/** RFC 9457 problem details, the body of every error the API returns. */

export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'version_conflict',
  'payload_too_large',
  'rate_limited',
  'internal_error',
  'service_unavailable',
  'invalid_credentials',
  'csrf_failed',
  'signup_disabled',
  'invitation_invalid',
  'email_taken',
  'last_admin',
  'wrong_password',
  'week_closed',
  'invalid_transition',
  'week_hours_full',
  'goal_limit',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field a request got wrong, by its dotted path (`milestones.0.title`). */
export type FieldError = Schemas['FieldErrorResponse'];

export type ProblemDetails = Schemas['ProblemResponse'];

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
