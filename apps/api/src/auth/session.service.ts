import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { SessionsRepository } from './sessions.repository';
import { hashToken, newOrganizationToken, newToken, readOrganizationToken } from './tokens';

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_MAX_MS = 30 * 24 * 60 * 60 * 1000;
/** Sliding the expiry is a write; do it at most this often per session. */
const REFRESH_AFTER_MS = 5 * 60 * 1000;

export interface IssuedSession {
  token: string;
  csrfToken: string;
}

@Injectable()
export class SessionService {
  constructor(private readonly sessions: SessionsRepository) {}

  async issue(tx: EntityManager, user: { id: string; organizationId: string }): Promise<IssuedSession> {
    const token = newOrganizationToken(user.organizationId);
    const csrfToken = newToken();
    await this.sessions.create(
      user.organizationId,
      { tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt: new Date(Date.now() + SESSION_IDLE_MS) },
      tx,
    );
    return { token, csrfToken };
  }

  /** The person behind a session token with their roles, teams and organisation settings, in one query; null when it is not valid. */
  async authenticate(token: string): Promise<(Actor & { csrfToken: string }) | null> {
    const routed = readOrganizationToken(token);
    if (!routed) return null;
    const { organizationId, tokenHash } = routed;
    const row = await this.sessions.findActor(organizationId, tokenHash);
    if (!row) return null;
    const now = Date.now();
    if (now - row.createdAt.getTime() > SESSION_MAX_MS) {
      await this.end(organizationId, tokenHash);
      return null;
    }
    if (row.expiresAt.getTime() - now < SESSION_IDLE_MS - REFRESH_AFTER_MS) {
      await this.sessions.extend(organizationId, tokenHash, new Date(now + SESSION_IDLE_MS));
    }
    return {
      userId: row.userId,
      organizationId: row.organizationId,
      roles: row.roles,
      teams: new Map(row.teams ?? []),
      sessionTokenHash: tokenHash,
      organization: {
        timezone: row.timezone,
        reflectionEditWindowDays: row.reflectionEditWindowDays,
        minGroupSize: row.minGroupSize,
      },
      csrfToken: row.csrfToken,
    };
  }

  async end(organizationId: string, tokenHash: string): Promise<void> {
    await this.sessions.delete(organizationId, tokenHash);
  }

  /** Ends every session of a person, but the one given (used after a password change). */
  async endAllOf(tx: EntityManager, organizationId: string, userId: string, keepTokenHash?: string): Promise<void> {
    await this.sessions.deleteAllOf(organizationId, userId, { keep: keepTokenHash }, tx);
  }
}
