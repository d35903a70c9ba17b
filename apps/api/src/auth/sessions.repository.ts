import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgRole, TeamRole } from '@vitaal/shared/roles';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared';
import { Session } from './session.entity';

/** A valid session with what every request needs of its person and organisation. */
export interface SessionActor {
  organizationId: string;
  userId: string;
  csrfToken: string;
  roles: OrgRole[];
  expiresAt: Date;
  createdAt: Date;
  /** The person's active teams and their role in each; null without any. */
  teams: [string, TeamRole][] | null;
  timezone: string;
  reflectionEditWindowDays: number;
  minGroupSize: number;
}

/** Signed-in browsers (table session), found by the hash of their cookie's token. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    organizationId: string,
    session: Pick<Session, 'tokenHash' | 'userId' | 'csrfToken' | 'expiresAt'>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).insert(Session, { ...session, organizationId });
  }

  /**
   * The session of the token, not expired, of an active person, with their roles, teams and organisation
   * settings. Every request asks, so it is one named statement. The organisation comes from the token
   * itself (auth/tokens.ts): a session is looked up before anything else names it.
   */
  async findActor(organizationId: string, tokenHash: string): Promise<SessionActor | null> {
    const [row] = await preparedQuery<SessionActor>(
      this.dataSource,
      'session_actor',
      `SELECT s.organization_id AS "organizationId", s.user_id AS "userId", s.csrf_token AS "csrfToken",
              s.expires_at AS "expiresAt", s.created_at AS "createdAt", u.roles,
              o.timezone, o.reflection_edit_window_days AS "reflectionEditWindowDays", o.min_group_size AS "minGroupSize",
              (SELECT json_agg(json_build_array(m.team_id, m.role))
                 FROM team_membership m JOIN team t ON t.organization_id = m.organization_id AND t.id = m.team_id
                WHERE m.organization_id = s.organization_id AND m.user_id = s.user_id AND t.archived_at IS NULL) AS teams
         FROM session s JOIN app_user u ON u.id = s.user_id AND u.organization_id = s.organization_id
         JOIN organization o ON o.id = s.organization_id
        WHERE s.organization_id = $1 AND s.token_hash = $2 AND s.expires_at > now() AND u.active`,
      [organizationId, tokenHash],
    );
    return row ?? null;
  }

  async extend(organizationId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.manager.update(Session, { organizationId, tokenHash }, { expiresAt });
  }

  async delete(organizationId: string, tokenHash: string): Promise<void> {
    await this.dataSource.manager.delete(Session, { organizationId, tokenHash });
  }

  /** Deletes every session of the person, but the one whose hash is `keep`, when given. */
  async deleteAllOf(
    organizationId: string,
    userId: string,
    { keep }: { keep?: string },
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(Session, {
      organizationId,
      userId,
      ...(keep ? { tokenHash: Not(keep) } : {}),
    });
  }
}
