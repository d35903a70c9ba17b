import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTED = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's correlation id when it looks sane, otherwise makes a new one. */
export function assignCorrelationId(request: IncomingMessage): string {
  const given = request.headers[CORRELATION_HEADER];
  return typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
}

export function correlationIdOf(request: IncomingMessage): string {
  return String((request as IncomingMessage & { id?: unknown }).id ?? '');
}
