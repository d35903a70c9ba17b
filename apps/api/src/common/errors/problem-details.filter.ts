import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import {
  ERROR_CODES,
  PROBLEM_CONTENT_TYPE,
  type ErrorCode,
  type FieldError,
  type ProblemDetails,
} from '@vitaal/shared/problem';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { correlationIdOf } from '../logging/correlation-id';
import { DomainError } from './domain-error';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/** Seconds a client waits before trying again when the database is unavailable: long enough for a restart. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

interface Described {
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

/** body-parser reports unreadable bodies as plain errors with a status and a type. */
function bodyParserError(exception: unknown): Described | null {
  const error = exception as { status?: number; type?: string };
  if (error?.type === 'entity.too.large') {
    return { status: 413, code: 'payload_too_large', detail: 'The request body is too large.' };
  }
  if (error?.type === 'entity.parse.failed') {
    return { status: 400, code: 'validation_failed', detail: 'The request body is not valid JSON.' };
  }
  return null;
}

function describe(exception: unknown): Described | null {
  if (exception instanceof DomainError) {
    return {
      status: exception.status,
      code: exception.code,
      detail: exception.message,
      errors: exception.fieldErrors,
      retryAfterSeconds: exception.retryAfterSeconds,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : body;
    const code = (ERROR_CODES as readonly string[]).includes(String(message)) ? (message as ErrorCode) : undefined;
    return {
      status,
      code: code ?? CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'conflict'),
      detail: typeof message === 'string' ? message : exception.message,
    };
  }
  if (isDatabaseUnavailable(exception)) {
    // Nothing was committed (a 2xx is only sent after the commit), so the client can simply send it again.
    return {
      status: 503,
      code: 'service_unavailable',
      detail: 'The database is unavailable for a moment; try again in a few seconds.',
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  return bodyParserError(exception);
}

const INTERNAL_ERROR: Described = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  code: 'internal_error',
  detail: 'Something went wrong on our side.',
};

/** Writes every error as RFC 9457 problem details; a 500 never carries internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const described = describe(exception);
    // A 5xx says nothing of what went wrong inside, except that the database is unavailable for now.
    const answer =
      described && (described.status < 500 || described.code === 'service_unavailable') ? described : INTERNAL_ERROR;
    if (answer === INTERNAL_ERROR) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    else if (answer.status >= 500) this.logger.warn(`${answer.detail} (${(exception as Error).message})`);
    const { status, code, detail, errors, retryAfterSeconds } = answer;

    const problem: ProblemDetails = {
      type: `urn:vitaal:problem:${code}`,
      title: titleOf(status),
      status,
      detail,
      code,
      correlationId: correlationIdOf(request),
      ...(errors?.length ? { errors } : {}),
    };
    if (response.headersSent) return;
    if (retryAfterSeconds) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}

function titleOf(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    413: 'Content Too Large',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  return titles[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
