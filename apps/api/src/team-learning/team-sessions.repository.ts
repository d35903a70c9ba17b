import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GoalVisibility } from '@vitaal/shared/goals';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../common/database/rows';
import { SessionAttendee } from './session-attendee.entity';
import { SessionGoal } from './session-goal.entity';
import { TeamSession } from './team-session.entity';

/** What the team writes of a session; the rest is kept by the database. */
export type SessionFields = Partial<
  Pick<
    TeamSession,
    'kind' | 'title' | 'startsAt' | 'durationMinutes' | 'facilitatorId' | 'agenda' | 'outcomes' | 'agreements'
  >
>;

/** Someone who marked themself present, and whether the session's hours are in their week. */
export interface SessionAttendance {
  sessionId: string;
  userId: string;
  displayName: string;
  hoursCarried: boolean;
}

/** A goal linked to a session, with what deciding who may read it needs. */
export interface LinkedGoal {
  sessionId: string;
  goalId: string;
  title: string;
  ownerId: string;
  visibility: GoalVisibility;
}

/** Team sessions with their attendees and linked goals (tables team_session, team_session_attendee, team_session_goal). */
@Injectable()
export class TeamSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The session of the team; null when the team has no such session. */
  find(organizationId: string, teamId: string, sessionId: string, tx?: EntityManager): Promise<TeamSession | null> {
    return (tx ?? this.dataSource.manager).findOneBy(TeamSession, { id: sessionId, organizationId, teamId });
  }

  /** The session, locked until the transaction ends, so a version check and the save see the same row. */
  findForChange(
    organizationId: string,
    teamId: string,
    sessionId: string,
    tx: EntityManager,
  ): Promise<TeamSession | null> {
    return tx.findOne(TeamSession, {
      where: { id: sessionId, organizationId, teamId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * One page of the team's sessions: upcoming ones (from a day ago on, so a session just held stays
   * in view) soonest first, or past ones latest first.
   */
  page(
    organizationId: string,
    teamId: string,
    { upcoming, limit, offset }: { upcoming: boolean; limit: number; offset: number },
  ): Promise<[TeamSession[], number]> {
    return this.dataSource
      .getRepository(TeamSession)
      .createQueryBuilder('s')
      .where('s.organization_id = :organizationId AND s.team_id = :teamId', { organizationId, teamId })
      .andWhere(upcoming ? "s.starts_at >= now() - interval '1 day'" : 's.starts_at < now()')
      .orderBy('s.starts_at', upcoming ? 'ASC' : 'DESC')
      .addOrderBy('s.id', upcoming ? 'ASC' : 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
  }

  create(
    organizationId: string,
    session: SessionFields & Pick<TeamSession, 'teamId' | 'createdBy'>,
    tx?: EntityManager,
  ): Promise<TeamSession> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(TeamSession, { ...session, organizationId }));
  }

  /** Saves the changes (fields left undefined stay as they are) and returns the session as saved, with its new version. */
  update(organizationId: string, sessionId: string, changes: SessionFields, tx?: EntityManager): Promise<TeamSession> {
    return updateReturning(tx ?? this.dataSource.manager, TeamSession, { id: sessionId, organizationId }, changes);
  }

  /** The person's attendance of the session; null when they did not mark it. */
  findAttendance(
    organizationId: string,
    sessionId: string,
    userId: string,
    tx?: EntityManager,
  ): Promise<SessionAttendee | null> {
    return (tx ?? this.dataSource.manager).findOneBy(SessionAttendee, { organizationId, sessionId, userId });
  }

  /** The attendance, locked until the transaction ends, so the session's hours go into the week once. */
  findAttendanceForChange(
    organizationId: string,
    sessionId: string,
    userId: string,
    tx: EntityManager,
  ): Promise<SessionAttendee | null> {
    return tx.findOne(SessionAttendee, {
      where: { organizationId, sessionId, userId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Marks the person present; marking twice changes nothing. */
  async attend(organizationId: string, sessionId: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(SessionAttendee)
      .values({ organizationId, sessionId, userId })
      .orIgnore()
      .execute();
  }

  async removeAttendance(organizationId: string, sessionId: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(SessionAttendee, { organizationId, sessionId, userId });
  }

  async markHoursCarried(organizationId: string, sessionId: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      SessionAttendee,
      { organizationId, sessionId, userId },
      { hoursCarriedAt: new Date() },
    );
  }

  /** Links the goal to the session; linking twice changes nothing. */
  async linkGoal(organizationId: string, sessionId: string, goalId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(SessionGoal)
      .values({ organizationId, sessionId, goalId })
      .orIgnore()
      .execute();
  }

  async unlinkGoal(organizationId: string, sessionId: string, goalId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(SessionGoal, { organizationId, sessionId, goalId });
  }

  /** The attendees of each of the sessions, by name. */
  attendeesOf(organizationId: string, sessionIds: readonly string[], tx?: EntityManager): Promise<SessionAttendance[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT a.session_id AS "sessionId", a.user_id AS "userId", u.display_name AS "displayName",
              a.hours_carried_at IS NOT NULL AS "hoursCarried"
         FROM team_session_attendee a JOIN app_user u ON u.id = a.user_id AND u.organization_id = a.organization_id
        WHERE a.organization_id = $1 AND a.session_id = ANY($2) ORDER BY u.display_name, u.id`,
      [organizationId, sessionIds],
    );
  }

  /** The goals linked to each of the sessions, by title, whoever may read them. */
  goalsOf(organizationId: string, sessionIds: readonly string[], tx?: EntityManager): Promise<LinkedGoal[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT sg.session_id AS "sessionId", g.id AS "goalId", g.title, g.owner_id AS "ownerId", g.visibility
         FROM team_session_goal sg JOIN learning_goal g ON g.id = sg.goal_id AND g.organization_id = sg.organization_id
        WHERE sg.organization_id = $1 AND sg.session_id = ANY($2)
        ORDER BY g.title, g.id`,
      [organizationId, sessionIds],
    );
  }
}
