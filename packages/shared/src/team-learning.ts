export const SESSION_KINDS = ['intervision', 'peer_learning', 'knowledge_share', 'retrospective', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const REACTION_KINDS = ['like', 'insightful', 'thanks'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const MAX_LEARNING_LENGTH = 2000;

export interface TeamSessionFields {
  kind: SessionKind;
  title: string;
  /** ISO timestamp. */
  startsAt: string;
  durationMinutes: number;
  facilitatorId: string | null;
  agenda: string;
  outcomes: string;
  agreements: string;
}

export type CreateTeamSessionRequest = Pick<TeamSessionFields, 'kind' | 'title' | 'startsAt' | 'durationMinutes'> &
  Partial<TeamSessionFields>;

export type UpdateTeamSessionRequest = Partial<TeamSessionFields> & { version: number };

export interface SessionAttendee {
  userId: string;
  displayName: string;
  attended: boolean;
  /** Whether the person already carried the session's hours into their week. */
  hoursCarried: boolean;
}

export interface TeamSessionResponse extends TeamSessionFields {
  id: string;
  teamId: string;
  facilitatorName: string | null;
  createdBy: string;
  attendees: SessionAttendee[];
  /** Goals attendees linked to this session (only their own goals). */
  goals: { goalId: string; title: string; ownerId: string }[];
  version: number;
}

export interface AttendanceRequest {
  attended: boolean;
}

export interface LinkGoalRequest {
  goalId: string;
}

export interface SharedLearningResponse {
  id: string;
  teamId: string;
  author: { id: string; displayName: string };
  body: string;
  /** The week the learning was published from, when it was. */
  fromWeek: string | null;
  hidden: boolean;
  reactions: { kind: ReactionKind; count: number; mine: boolean }[];
  comments: { id: string; author: { id: string; displayName: string }; body: string; createdAt: string }[];
  version: number;
  createdAt: string;
}

export interface CreateSharedLearningRequest {
  /** The text; or leave it out and name `fromWeek` to publish that week's "what I learned". */
  body?: string;
  fromWeek?: string;
}

export interface UpdateSharedLearningRequest {
  body: string;
  version: number;
}

export interface HideSharedLearningRequest {
  hidden: boolean;
}

export interface ReactionRequest {
  kind: ReactionKind;
}

export interface CommentRequest {
  body: string;
}

/** What the team page shows of a team's learning (DESIGN §3: no personal scores). */
export interface TeamLearningFiguresResponse {
  quarter: string;
  sessionsHeld: number;
  /** Share of members present at held sessions, 0–1; null when no session was held. */
  attendanceRate: number | null;
  sharedLearnings: number;
}
