import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { SignInThrottle } from '../auth/sign-in-throttle.entity';
import { JobRun } from '../common/jobs/job-run.entity';
import { Goal } from '../goals/goal.entity';
import { Milestone } from '../goals/milestone.entity';
import { TeamWeekSummary } from '../insights/team-week-summary.entity';
import { InvitationLink } from '../invitations/invitation-link.entity';
import { Invitation } from '../invitations/invitation.entity';
import { ContractHoursHistory } from '../learning-norm/contract-hours-history.entity';
import { LearningNormHistory } from '../learning-norm/learning-norm-history.entity';
import { LearningTimeRequest } from '../learning-time/learning-time-request.entity';
import { Notification } from '../notifications/notification.entity';
import { Organization } from '../organizations/organization.entity';
import { ErasureRequest } from '../personal-data/erasure-request.entity';
import { RateLimitCounter } from '../rate-limits/rate-limit-counter.entity';
import { LearningComment } from '../team-learning/learning-comment.entity';
import { LearningReaction } from '../team-learning/learning-reaction.entity';
import { SessionAttendee } from '../team-learning/session-attendee.entity';
import { SessionGoal } from '../team-learning/session-goal.entity';
import { SharedLearning } from '../team-learning/shared-learning.entity';
import { TeamSession } from '../team-learning/team-session.entity';
import { TeamMembership } from '../teams/team-membership.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';
import { WeekGoalLink } from '../weeks/week-goal.entity';
import { Week } from '../weeks/week.entity';

/** Every entity of the schema, for the app and for the migration CLI. */
export const entities = [
  Organization,
  User,
  LearningNormHistory,
  ContractHoursHistory,
  Team,
  TeamMembership,
  Session,
  SignInThrottle,
  RateLimitCounter,
  Invitation,
  InvitationLink,
  AuditEvent,
  Goal,
  Milestone,
  Week,
  WeekGoalLink,
  LearningTimeRequest,
  Notification,
  JobRun,
  TeamSession,
  SessionAttendee,
  SessionGoal,
  SharedLearning,
  LearningReaction,
  LearningComment,
  ErasureRequest,
  TeamWeekSummary,
];
