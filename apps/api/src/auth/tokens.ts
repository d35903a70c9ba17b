import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A secret that names its organisation, `<organization id>.<random>`, for the lookups that have nothing
 * else to go by (a session cookie, an invitation link, a calendar-feed URL): the lookup filters by the
 * organisation, so a database distributed by organisation answers it from one node (docs/scaling.md).
 * The random part keeps it secret; only the SHA-256 of the whole token is stored.
 */
export function newOrganizationToken(organizationId: string): string {
  return `${organizationId}.${newToken()}`;
}

/** The organisation a token names and the hash to find it by; null for anything else, tokens from before included. */
export function readOrganizationToken(token: string): { organizationId: string; tokenHash: string } | null {
  const [organizationId = '', secret, ...rest] = token.split('.');
  if (!UUID.test(organizationId) || !secret || rest.length > 0) return null;
  return { organizationId, tokenHash: hashToken(token) };
}
