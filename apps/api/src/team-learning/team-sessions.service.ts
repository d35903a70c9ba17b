import { Injectable } from '@nestjs/common';
import { isoWeekKey, isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { MAX_WEEK_HOURS } from '@vitaal/shared/weeks';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page } from '../common/http/pagination';
import { MembershipsRepository } from '../teams/memberships.repository';
import { WeekCalendar } from '../weeks/week-calendar';
import { WeeksRepository } from '../weeks/weeks.repository';
import { actualHours } from '../weeks/week.mapper';
import type {
  CreateTeamSessionDto,
  SessionListQuery,
  TeamSessionResponse,
  UpdateTeamSessionDto,
} from './team-learning.dto';
import type { TeamSession } from './team-session.entity';
import { toTeamSessionResponse } from './team-session.mapper';
import { TeamSessionsRepository } from './team-sessions.repository';

@Injectable()
export class TeamSessionsService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly sessions: TeamSessionsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly weeks: WeeksRepository,
  ) {}

  async list(actor: Actor, teamId: string, query: SessionListQuery): Promise<Page<TeamSessionResponse>> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const [sessions, total] = await this.sessions.page(actor.organizationId, teamId, {
      upcoming: query.when === 'upcoming',
      limit: query.limit,
      offset: query.offset,
    });
    return page(await this.describe(actor, teamId, sessions), total, query);
  }

  async get(actor: Actor, teamId: string, sessionId: string): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const session = await this.find(actor, teamId, sessionId);
    return this.describeOne(actor, session);
  }

  async create(actor: Actor, teamId: string, input: CreateTeamSessionDto): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.transactions.run(async (tx) => {
      await this.requireMember(actor, teamId, input.facilitatorId ?? null, tx);
      const session = await this.sessions.create(
        actor.organizationId,
        { ...input, startsAt: new Date(input.startsAt), teamId, createdBy: actor.userId },
        tx,
      );
      return this.describeOne(actor, session, tx);
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
    return this.transactions.run(async (tx) => {
      const session = await this.sessions.findForChange(actor.organizationId, teamId, sessionId, tx);
      if (!session) throw new NotFound();
      if (session.version !== version)
        throw new Conflict('This session was changed by someone else meanwhile.', 'version_conflict');
      if (changes.facilitatorId !== undefined) await this.requireMember(actor, teamId, changes.facilitatorId, tx);
      const saved = await this.sessions.update(
        actor.organizationId,
        session.id,
        { ...changes, startsAt: changes.startsAt ? new Date(changes.startsAt) : undefined },
        tx,
      );
      return this.describeOne(actor, saved, tx);
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
    return this.transactions.run(async (tx) => {
      const session = await this.find(actor, teamId, sessionId, tx);
      const { organizationId, userId } = actor;
      if (attended) {
        await this.sessions.attend(organizationId, sessionId, userId, tx);
      } else {
        const attendance = await this.sessions.findAttendance(organizationId, sessionId, userId, tx);
        if (attendance?.hoursCarriedAt)
          throw new Conflict('Your hours of this session are already in your week: change them there first.');
        await this.sessions.removeAttendance(organizationId, sessionId, userId, tx);
      }
      return this.describeOne(actor, session, tx);
    });
  }

  /** Links one of the actor's own goals to the session, or unlinks it. */
  async linkGoal(
    actor: Actor,
    teamId: string,
    sessionId: string,
    goalId: string,
    linked: boolean,
  ): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.transactions.run(async (tx) => {
      const session = await this.find(actor, teamId, sessionId, tx);
      // Only the owner changes what a goal is linked to; another goal is a mistake in the input, not a refusal.
      if (!(await this.access.allows(actor, 'goal.change', { goalId }, tx)))
        throw new ValidationFailed([{ field: 'goalId', message: 'must be one of your goals' }]);
      if (linked) await this.sessions.linkGoal(actor.organizationId, sessionId, goalId, tx);
      else await this.sessions.unlinkGoal(actor.organizationId, sessionId, goalId, tx);
      return this.describeOne(actor, session, tx);
    });
  }

  /**
   * Adds the session's length to the attendee's week as peer learning, once. The week is the one
   * the session took place in; it must still be open for changes, and have room for the hours.
   */
  async carryHours(actor: Actor, teamId: string, sessionId: string): Promise<TeamSessionResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.transactions.run(async (tx) => {
      const { organizationId, userId, organization } = actor;
      const session = await this.find(actor, teamId, sessionId, tx);
      if (session.startsAt.getTime() > Date.now()) throw new Conflict('The session has not taken place yet.');
      const attendance = await this.sessions.findAttendanceForChange(organizationId, sessionId, userId, tx);
      if (!attendance) throw new Conflict('Mark that you attended first.');
      if (attendance.hoursCarriedAt) throw new Conflict('The hours of this session are already in your week.');
      const weekKey = isoWeekKey(session.startsAt, organization.timezone);
      if (
        !new WeekCalendar(organization.timezone, organization.reflectionEditWindowDays).isEditable(
          parseIsoWeek(weekKey)!,
        )
      ) {
        throw new Conflict('The week of this session can no longer be changed.', 'week_closed');
      }
      const hours = Math.round((session.durationMinutes / 60) * 10) / 10;
      const week = await this.weeks.findForChange(organizationId, { ownerId: userId, weekKey }, tx);
      // Refused rather than cut short: a week past the maximum could not be saved again, and cut hours would be lost unseen.
      const reported = (week && actualHours(week)) ?? 0;
      if (reported + hours > MAX_WEEK_HOURS)
        throw new Conflict(
          `Week ${weekKey} holds ${reported} learning hours; the ${hours} of this session would pass the maximum of ${MAX_WEEK_HOURS}. Lower the hours in that week first, or enter the session there yourself.`,
          'week_hours_full',
        );
      if (week) {
        await this.weeks.setPeerHours(
          organizationId,
          week.id,
          Math.round(((week.hoursPeer ?? 0) + hours) * 10) / 10,
          tx,
        );
      } else {
        const startsOn = isoWeekMonday(parseIsoWeek(weekKey)!);
        await this.weeks.startWithPeerHours(
          organizationId,
          { ownerId: userId, weekKey, startsOn, hoursPeer: hours },
          tx,
        );
      }
      await this.sessions.markHoursCarried(organizationId, sessionId, userId, tx);
      return this.describeOne(actor, session, tx);
    });
  }

  /** A facilitator has to be a member of the team. */
  private async requireMember(actor: Actor, teamId: string, userId: string | null, tx: EntityManager): Promise<void> {
    if (!userId) return;
    if (!(await this.memberships.find(actor.organizationId, teamId, userId, tx)))
      throw new ValidationFailed([{ field: 'facilitatorId', message: 'must be a member of the team' }]);
  }

  private async find(actor: Actor, teamId: string, sessionId: string, tx?: EntityManager): Promise<TeamSession> {
    const session = await this.sessions.find(actor.organizationId, teamId, sessionId, tx);
    if (!session) throw new NotFound();
    return session;
  }

  private async describeOne(actor: Actor, session: TeamSession, tx?: EntityManager): Promise<TeamSessionResponse> {
    return (await this.describe(actor, session.teamId, [session], tx))[0]!;
  }

  /**
   * Sessions of one team with facilitator names, attendees and linked goals, in four queries for any
   * number of sessions. Of the linked goals the reader sees only those they may read anyway
   * (docs/privacy.md): their own, and shared ones of people whose teams they manage, or as L&O staff.
   * A teammate's goal stays out of sight for fellow members, shared or not.
   */
  private async describe(
    actor: Actor,
    teamId: string,
    sessions: TeamSession[],
    tx?: EntityManager,
  ): Promise<TeamSessionResponse[]> {
    if (sessions.length === 0) return [];
    const { organizationId } = actor;
    const ids = sessions.map((s) => s.id);
    // One after the other: inside a transaction they share one connection.
    const attendees = await this.sessions.attendeesOf(organizationId, ids, tx);
    const goals = await this.access.filter(
      actor,
      'goal.read',
      await this.sessions.goalsOf(organizationId, ids, tx),
      tx,
    );
    const members = await this.memberships.membersOf(organizationId, teamId, tx);
    const memberNames = new Map(members.map((m) => [m.userId, m.displayName]));
    return sessions.map((session) => toTeamSessionResponse(session, { memberNames, attendees, goals }));
  }
}
