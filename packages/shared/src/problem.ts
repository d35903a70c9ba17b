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

export interface FieldError {
  /** Dotted path of the offending field in the request (`milestones.0.title`). */
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  correlationId: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
