import type { TeamSession } from './team-session.entity';
import type { LinkedGoal, SessionAttendance } from './team-sessions.repository';
import type { TeamSessionResponse } from './team-learning.dto';

/** What a session is shown with: the team members' names, and the attendees and readable goals of this and other sessions. */
export interface SessionContext {
  memberNames: Map<string, string>;
  attendees: SessionAttendance[];
  goals: LinkedGoal[];
}

export function toTeamSessionResponse(
  session: TeamSession,
  { memberNames, attendees, goals }: SessionContext,
): TeamSessionResponse {
  return {
    id: session.id,
    teamId: session.teamId,
    kind: session.kind,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    facilitatorId: session.facilitatorId,
    facilitatorName: session.facilitatorId ? (memberNames.get(session.facilitatorId) ?? null) : null,
    agenda: session.agenda,
    outcomes: session.outcomes,
    agreements: session.agreements,
    createdBy: session.createdBy,
    attendees: attendees
      .filter((a) => a.sessionId === session.id)
      .map((a) => ({ userId: a.userId, displayName: a.displayName, attended: true, hoursCarried: a.hoursCarried })),
    goals: goals
      .filter((g) => g.sessionId === session.id)
      .map((g) => ({ goalId: g.goalId, title: g.title, ownerId: g.ownerId })),
    version: session.version,
  };
}
