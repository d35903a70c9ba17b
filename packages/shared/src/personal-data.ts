import type { GoalFields, GoalStatus, Milestone } from './goals.js';
import type { RequestStatus } from './learning-time.js';
import type { UserResponse } from './people.js';
import type { TeamRole } from './roles.js';
import type { ReactionKind, SessionKind } from './team-learning.js';
import type { LearningForm, WeekGoal, WeekPlan, WeekReflection, WeekStatus } from './weeks.js';

/** Raised whenever a field is renamed or removed, so programs reading an export can tell. */
export const PERSONAL_DATA_SCHEMA_VERSION = 1;

/** How long an erasure waits for the administrator's confirmation. */
export const ERASURE_CONFIRMATION_MINUTES = 15;

export interface ExportedGoal extends GoalFields {
  id: string;
  status: GoalStatus;
  progress: number;
  createdAt: string;
  updatedAt: string;
  milestones: Omit<Milestone, 'id'>[];
}

/** A week flat: the plan's and the reflection's fields side by side, as they are stored. */
export interface ExportedWeek extends WeekPlan, WeekReflection {
  week: string;
  startsOn: string;
  status: WeekStatus;
  shared: boolean;
  submittedAt: string | null;
  goals: WeekGoal[];
}

export interface ExportedLearningTimeRequest {
  id: string;
  team: string;
  week: string;
  date: string | null;
  hours: number;
  form: LearningForm;
  purpose: string;
  goalId: string | null;
  status: RequestStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string;
  createdAt: string;
}

/** A team session the person attended, facilitated or planned; its texts only when they planned it. */
export interface ExportedTeamSession {
  id: string;
  team: string;
  kind: SessionKind;
  title: string;
  startsAt: string;
  durationMinutes: number;
  attended: boolean;
  facilitated: boolean;
  created: boolean;
  hoursCarriedAt: string | null;
  agenda: string | null;
  outcomes: string | null;
  agreements: string | null;
}

export interface ExportedSharedLearning {
  id: string;
  team: string;
  body: string;
  fromWeek: string | null;
  hidden: boolean;
  createdAt: string;
  /** How others reacted, counted; who reacted stays theirs. */
  reactions: Partial<Record<ReactionKind, number>>;
}

export interface ExportedComment {
  id: string;
  learningId: string;
  body: string;
  createdAt: string;
}

export interface ExportedReaction {
  learningId: string;
  kind: ReactionKind;
  createdAt: string;
}

export interface ExportedNotification {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  read: boolean;
  createdAt: string;
}

/** An audit row by or about the person; other people appear only as "someone else". */
export interface ExportedAuditEvent {
  id: string;
  action: string;
  by: 'self' | 'other' | 'system';
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface PersonalDataExport {
  schemaVersion: number;
  exportedAt: string;
  person: Omit<UserResponse, 'teams'> & { createdAt: string };
  organization: { id: string; name: string };
  memberships: { teamId: string; team: string; role: TeamRole; since: string }[];
  goals: ExportedGoal[];
  weeks: ExportedWeek[];
  learningTimeRequests: ExportedLearningTimeRequest[];
  teamSessions: ExportedTeamSession[];
  sharedLearnings: ExportedSharedLearning[];
  comments: ExportedComment[];
  reactions: ExportedReaction[];
  notifications: ExportedNotification[];
  auditEvents: ExportedAuditEvent[];
}

/** What an erasure removes, clears or keeps without text, counted before it happens and after. */
export interface ErasureCounts {
  goals: number;
  milestones: number;
  weeks: number;
  learningTimeRequests: number;
  sharedLearnings: number;
  comments: number;
  reactions: number;
  notifications: number;
  sessions: number;
  invitations: number;
  auditEvents: number;
}

export interface ErasurePreviewResponse {
  person: { id: string; displayName: string };
  counts: ErasureCounts;
  /** Shown once: send it back with the confirmation. */
  token: string;
  expiresAt: string;
}

export interface ConfirmErasureRequest {
  token: string;
}

export interface ErasureResultResponse {
  erasedAt: string;
  counts: ErasureCounts;
}
