import type { ErrorCode, FieldError } from '@vitaal/shared/problem';

/** An error a service throws on purpose; the problem-details filter turns it into HTTP. */
export class DomainError extends Error {
  /** Sent as Retry-After with 429 and 503 answers. */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    detail: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(detail);
  }
}

export class ValidationFailed extends DomainError {
  constructor(fieldErrors: FieldError[], detail = 'The request has invalid fields.') {
    super(400, 'validation_failed', detail, fieldErrors);
  }
}

export class NotFound extends DomainError {
  constructor(detail = 'The requested resource does not exist.') {
    super(404, 'not_found', detail);
  }
}

export class Forbidden extends DomainError {
  constructor(detail = 'You are not allowed to do this.') {
    super(403, 'forbidden', detail);
  }
}

export class Conflict extends DomainError {
  constructor(detail: string, code: ErrorCode = 'conflict') {
    super(409, code, detail);
  }
}
