import { CSRF_COOKIE, CSRF_HEADER } from '@vitaal/shared/auth';
import {
  ERROR_CODES,
  PROBLEM_CONTENT_TYPE,
  type ErrorCode,
  type FieldError,
  type ProblemDetails,
} from '@vitaal/shared/problem';

const BASE_URL = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API's error codes plus the two failures only the browser sees: the request never got an
 * answer, or the answer was not problem details (a proxy page, a crashed server).
 */
export type ApiErrorCode = ErrorCode | 'network_error' | 'unexpected_response';

/** Every failed API call ends as this one shape, so screens branch on `code` alone. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** 0 when no response arrived. */
  readonly status: number;
  readonly code: ApiErrorCode;
  /** The server's explanation, for logs and support; never shown as such to the user. */
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** Quoted to support so they can find the request in the server logs. */
  readonly correlationId: string | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    detail?: string;
    fieldErrors?: FieldError[];
    correlationId?: string;
  }) {
    super(init.detail ?? init.code);
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.correlationId = init.correlationId;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Non-2xx statuses whose body is a regular answer, like the readiness report sent with 503. */
  okStatuses?: readonly number[];
}

type UnauthenticatedHandler = (error: ApiError) => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** Lets the sign-in feature react (e.g. go to the sign-in page) when the session is gone. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): void {
  unauthenticatedHandler = handler;
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  const problem = contentType.includes(PROBLEM_CONTENT_TYPE)
    ? ((await response.json().catch(() => null)) as Partial<ProblemDetails> | null)
    : null;
  if (!problem || !isErrorCode(problem.code)) {
    return new ApiError({ status: response.status, code: 'unexpected_response' });
  }
  return new ApiError({
    status: response.status,
    code: problem.code,
    detail: problem.detail,
    fieldErrors: problem.errors,
    correlationId: problem.correlationId,
  });
}

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: `application/json, ${PROBLEM_CONTENT_TYPE}` });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const csrfToken = SAFE_METHODS.has(method) ? undefined : readCookie(CSRF_COOKIE);
  if (csrfToken) headers.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    // react-query cancels queries by aborting; that must stay an AbortError, not a failure to show.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: 'network_error',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }

  if (!response.ok && !options.okStatuses?.includes(response.status)) {
    const error = await toApiError(response);
    // Only a missing or expired session; a wrong password on sign-in is a 401 too, with its own code.
    if (error.code === 'unauthenticated') unauthenticatedHandler?.(error);
    throw error;
  }
  // 204 and other empty answers (a logout, a delete) have no body to parse.
  const text = await response.text();
  if (text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError({ status: response.status, code: 'unexpected_response' });
  }
}

/** The one way the web app talks to the API; only `features/<feature>/api/*` call it. */
export const apiClient = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};
