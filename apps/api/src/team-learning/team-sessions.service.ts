import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { MAX_WEEK_HOURS } from '@vitaal/shared/weeks';
import type { GoalVisibility } from '@vitaal/shared/goals';
import type { Page } from '@vitaal/shared/page';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { Goal } from '../goals/goal.entity';
import { Organization } from '../organizations/organization.entity';
import { TeamMembership } from '../teams/team-membership.entity';
import { WeekCalendar } from '../weeks/week-calendar';
import { Week } from '../weeks/week.entity';
import { actualHours } from '../weeks/week.mapper';
import { SessionAttendee } from './session-attendee.entity';
import { SessionGoal } from './session-goal.entity';
import type {
  CreateTeamSessionDto,
  SessionListQuery,
  TeamSessionResponse,
  UpdateTeamSessionDto,
} from './team-learning.dto';
import { TeamSession } from './team-session.entity';

@Injectable()
export class TeamSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
  ) {}

  async list(actor: Actor, teamId: string, query: SessionListQuery): Promise<Page<TeamSessionResponse>> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const upcoming = query.when === 'upcoming';
    const builder = this.dataSource
      .getRepository(TeamSession)
      .createQueryBuilder('s')
      .where('s.organization_id = :org AND s.team_id = :teamId', { org: actor.organizationId, teamId })
      .andWhere(upcoming ? "s.starts_at >= now() - interval '1 day'" : 's.starts_at < now()')
      .orderBy('s.starts_at', upcoming ? 'ASC' : 'DESC')
      .addOrderBy('s.id', upcoming ? 'ASC' : 'DESC')
      .take(query.limit)
      .skip(query.offset);
    const [sessions, total] = await builder.getManyAndCount();
    return page(await this.describe(this.dataSource.manager, actor, sessions), total, query);
  }

  async get(actor: Actor, teamId: string, sessionId: string): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const session = await this.find(this.dataSource.manager, actor, teamId, sessionId);
    return (await this.describe(this.dataSource.manager, actor, [session]))[0]!;
  }

  async create(actor: Actor, teamId: string, input: CreateTeamSessionDto): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.dataSource.transaction(async (manager) => {
      await this.requireMember(manager, actor, teamId, input.facilitatorId ?? null);
      const session = await manager.save(
        manager.create(TeamSession, {
          ...input,
          startsAt: new Date(input.startsAt),
          organizationId: actor.organizationId,
          teamId,
          createdBy: actor.userId,
        }),
      );
      return (await this.describe(manager, actor, [session]))[0]!;
    });
  }

  /** Any member may plan or record: outcomes and agreements are the team's. */
  async update(
    actor: Actor,
    teamId: string,
    sessionId: string,
    { version, ...changes }: UpdateTeamSessionDto,
  ): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.dataSource.transaction(async (manager) => {
      const session = await this.find(manager, actor, teamId, sessionId, true);
      if (session.version !== version)
        throw new Conflict('This session was changed by someone else meanwhile.', 'version_conflict');
      if (changes.facilitatorId !== undefined) await this.requireMember(manager, actor, teamId, changes.facilitatorId);
      const saved = await manager.save(TeamSession, {
        ...session,
        ...changes,
        startsAt: changes.startsAt ? new Date(changes.startsAt) : session.startsAt,
      });
      return (await this.describe(manager, actor, [saved]))[0]!;
    });
  }

  /** Each member marks their own attendance. */
  async setAttendance(
    actor: Actor,
    teamId: string,
    sessionId: string,
    attended: boolean,
  ): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.dataSource.transaction(async (manager) => {
      const session = await this.find(manager, actor, teamId, sessionId);
      const key = { organizationId: actor.organizationId, sessionId, userId: actor.userId };
      if (attended) {
        await manager.createQueryBuilder().insert().into(SessionAttendee).values(key).orIgnore().execute();
      } else {
        const row = await manager.findOne(SessionAttendee, { where: key });
        if (row?.hoursCarriedAt)
          throw new Conflict('Your hours of this session are already in your week: change them there first.');
        await manager.delete(SessionAttendee, key);
      }
      return (await this.describe(manager, actor, [session]))[0]!;
    });
  }

  async linkGoal(
    actor: Actor,
    teamId: string,
    sessionId: string,
    goalId: string,
    linked: boolean,
  ): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.dataSource.transaction(async (manager) => {
      const session = await this.find(manager, actor, teamId, sessionId);
      const own = await manager.exists(Goal, {
        where: { id: goalId, organizationId: actor.organizationId, ownerId: actor.userId },
      });
      if (!own) throw new ValidationFailed([{ field: 'goalId', message: 'must be one of your goals' }]);
      const key = { organizationId: actor.organizationId, sessionId, goalId };
      if (linked) await manager.createQueryBuilder().insert().into(SessionGoal).values(key).orIgnore().execute();
      else await manager.delete(SessionGoal, key);
      return (await this.describe(manager, actor, [session]))[0]!;
    });
  }

  /**
   * Adds the session's length to the attendee's week as peer learning, once. The week is the one
   * the session took place in; it must still be open for changes, and have room for the hours.
   */
  async carryHours(actor: Actor, teamId: string, sessionId: string): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.dataSource.transaction(async (manager) => {
      const session = await this.find(manager, actor, teamId, sessionId);
      if (session.startsAt.getTime() > Date.now()) throw new Conflict('The session has not taken place yet.');
      const attendee = await manager.findOne(SessionAttendee, {
        where: { organizationId: actor.organizationId, sessionId, userId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!attendee) throw new Conflict('Mark that you attended first.');
      if (attendee.hoursCarriedAt) throw new Conflict('The hours of this session are already in your week.');
      const organization = await manager.findOneByOrFail(Organization, { id: actor.organizationId });
      const weekKey = isoWeekKey(session.startsAt, organization.timezone);
      if (
        !new WeekCalendar(organization.timezone, organization.reflectionEditWindowDays).isEditable(
          parseIsoWeek(weekKey)!,
        )
      ) {
        throw new Conflict('The week of this session can no longer be changed.', 'week_closed');
      }
      const hours = Math.round((session.durationMinutes / 60) * 10) / 10;
      const week = await manager.findOne(Week, {
        where: { organizationId: actor.organizationId, ownerId: actor.userId, weekKey },
        lock: { mode: 'pessimistic_write' },
      });
      // Refused rather than cut short: a week past the maximum could not be saved again, and cut hours would be lost unseen.
      const reported = (week && actualHours(week)) ?? 0;
      if (reported + hours > MAX_WEEK_HOURS)
        throw new Conflict(
          `Week ${weekKey} holds ${reported} learning hours; the ${hours} of this session would pass the maximum of ${MAX_WEEK_HOURS}. Lower the hours in that week first, or enter the session there yourself.`,
          'week_hours_full',
        );
      if (week) {
        await manager.save(Week, { ...week, hoursPeer: Math.round(((week.hoursPeer ?? 0) + hours) * 10) / 10 });
      } else {
        await manager.save(
          manager.create(Week, {
            organizationId: actor.organizationId,
            ownerId: actor.userId,
            weekKey,
            startsOn: isoWeekMonday(parseIsoWeek(weekKey)!),
            hoursPeer: hours,
          }),
        );
      }
      await manager.update(
        SessionAttendee,
        { organizationId: actor.organizationId, sessionId, userId: actor.userId },
        { hoursCarriedAt: new Date() },
      );
      return (await this.describe(manager, actor, [session]))[0]!;
    });
  }

  private async requireMember(
    manager: EntityManager,
    actor: Actor,
    teamId: string,
    userId: string | null,
  ): Promise<void> {
    if (!userId) return;
    const member = await manager.exists(TeamMembership, {
      where: { organizationId: actor.organizationId, teamId, userId },
    });
    if (!member) throw new ValidationFailed([{ field: 'facilitatorId', message: 'must be a member of the team' }]);
  }

  private async find(
    manager: EntityManager,
    actor: Actor,
    teamId: string,
    sessionId: string,
    lock = false,
  ): Promise<TeamSession> {
    const session = await manager.findOne(TeamSession, {
      where: { id: sessionId, organizationId: actor.organizationId, teamId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!session) throw new NotFound();
    return session;
  }

  /**
   * Sessions with facilitator names, attendees and linked goals, in four queries for any number
   * of sessions. Of the linked goals the reader sees only those they may read anyway (DESIGN §3):
   * their own, and shared ones of people whose teams they manage, or as L&O staff. A teammate's
   * goal stays out of sight for fellow members, shared or not.
   */
  private async describe(
    manager: EntityManager,
    actor: Actor,
    sessions: TeamSession[],
  ): Promise<TeamSessionResponse[]> {
    if (sessions.length === 0) return [];
    const organizationId = sessions[0]!.organizationId;
    const ids = sessions.map((s) => s.id);
    // One after the other: inside a transaction they share one connection.
    const attendees: { session_id: string; user_id: string; display_name: string; carried: boolean }[] =
      await manager.query(
        `SELECT a.session_id, a.user_id, u.display_name, a.hours_carried_at IS NOT NULL AS carried
         FROM team_session_attendee a JOIN app_user u ON u.id = a.user_id AND u.organization_id = a.organization_id
        WHERE a.organization_id = $1 AND a.session_id = ANY($2) ORDER BY u.display_name, u.id`,
        [organizationId, ids],
      );
    const linked: { sessionId: string; goalId: string; title: string; ownerId: string; visibility: GoalVisibility }[] =
      await manager.query(
        `SELECT sg.session_id AS "sessionId", g.id AS "goalId", g.title, g.owner_id AS "ownerId", g.visibility
           FROM team_session_goal sg JOIN learning_goal g ON g.id = sg.goal_id AND g.organization_id = sg.organization_id
          WHERE sg.organization_id = $1 AND sg.session_id = ANY($2)
          ORDER BY g.title, g.id`,
        [organizationId, ids],
      );
    const goals = await this.access.filter(actor, 'goal.read', linked, manager);
    const people = await manager.find(TeamMembership, {
      where: { organizationId, teamId: In([...new Set(sessions.map((s) => s.teamId))]) },
      relations: { user: true },
    });
    const names = new Map(people.map((m) => [m.userId, m.user?.displayName ?? '']));
    return sessions.map((s) => ({
      id: s.id,
      teamId: s.teamId,
      kind: s.kind,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      facilitatorId: s.facilitatorId,
      facilitatorName: s.facilitatorId ? (names.get(s.facilitatorId) ?? null) : null,
      agenda: s.agenda,
      outcomes: s.outcomes,
      agreements: s.agreements,
      createdBy: s.createdBy,
      attendees: attendees
        .filter((a) => a.session_id === s.id)
        .map((a) => ({ userId: a.user_id, displayName: a.display_name, attended: true, hoursCarried: a.carried })),
      goals: goals
        .filter((g) => g.sessionId === s.id)
        .map((g) => ({ goalId: g.goalId, title: g.title, ownerId: g.ownerId })),
      version: s.version,
    }));
  }
}
