import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgRole, TeamRole } from '@vitaal/shared/roles';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { Session } from './session.entity';
import { hashToken, newOrganizationToken, newToken, readOrganizationToken } from './tokens';
import { preparedQuery } from '../common/database/prepared';

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

interface SessionRow {
  organization_id: string;
  user_id: string;
  csrf_token: string;
  roles: OrgRole[];
  expires_at: Date;
  created_at: Date;
  teams: [string, TeamRole][] | null;
  timezone: string;
  reflection_edit_window_days: number;
  min_group_size: number;
}

@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(manager: EntityManager, user: { id: string; organizationId: string }): Promise<IssuedSession> {
    const token = newOrganizationToken(user.organizationId);
    const csrfToken = newToken();
    await manager.insert(Session, {
      tokenHash: hashToken(token),
      organizationId: user.organizationId,
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_IDLE_MS),
    });
    return { token, csrfToken };
  }

  /** The person behind a session token with their roles, teams and organisation settings, in one query; null when it is not valid. */
  async authenticate(token: string): Promise<(Actor & { csrfToken: string }) | null> {
    const routed = readOrganizationToken(token);
    if (!routed) return null;
    const { organizationId, tokenHash } = routed;
    const rows = await preparedQuery<SessionRow>(
      this.dataSource,
      'session_actor',
      `SELECT s.organization_id, s.user_id, s.csrf_token, s.expires_at, s.created_at, u.roles,
              o.timezone, o.reflection_edit_window_days, o.min_group_size,
              (SELECT json_agg(json_build_array(m.team_id, m.role))
                 FROM team_membership m JOIN team t ON t.organization_id = m.organization_id AND t.id = m.team_id
                WHERE m.organization_id = s.organization_id AND m.user_id = s.user_id AND t.archived_at IS NULL) AS teams
         FROM session s JOIN app_user u ON u.id = s.user_id AND u.organization_id = s.organization_id
         JOIN organization o ON o.id = s.organization_id
        WHERE s.organization_id = $1 AND s.token_hash = $2 AND s.expires_at > now() AND u.active`,
      [organizationId, tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    const now = Date.now();
    if (now - row.created_at.getTime() > SESSION_MAX_MS) {
      await this.end(organizationId, tokenHash);
      return null;
    }
    if (row.expires_at.getTime() - now < SESSION_IDLE_MS - REFRESH_AFTER_MS) {
      await this.dataSource
        .getRepository(Session)
        .update({ organizationId, tokenHash }, { expiresAt: new Date(now + SESSION_IDLE_MS) });
    }
    return {
      userId: row.user_id,
      organizationId: row.organization_id,
      roles: row.roles,
      teams: new Map(row.teams ?? []),
      sessionTokenHash: tokenHash,
      organization: {
        timezone: row.timezone,
        reflectionEditWindowDays: row.reflection_edit_window_days,
        minGroupSize: row.min_group_size,
      },
      csrfToken: row.csrf_token,
    };
  }

  async end(organizationId: string, tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ organizationId, tokenHash });
  }

  /** Ends every session of a person, but the one given (used after a password change). */
  async endAllOf(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    keepTokenHash?: string,
  ): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where('organization_id = :organizationId AND user_id = :userId', { organizationId, userId });
    if (keepTokenHash) query.andWhere('token_hash <> :keepTokenHash', { keepTokenHash });
    await query.execute();
  }
}
