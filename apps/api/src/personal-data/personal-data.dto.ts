import { ApiProperty, IntersectionType, OmitType, PickType } from '@nestjs/swagger';
import { REACTION_KINDS, type ReactionKind } from '@vitaal/shared/team-learning';
import { TEAM_ROLES, type TeamRole } from '@vitaal/shared/roles';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AuditEventResponse } from '../audit/audit.dto';
import { CountPer } from '../common/http/counts';
import { GoalResponse, MilestoneResponse } from '../goals/goal.dto';
import { LearningTimeRequestResponse } from '../learning-time/learning-time.dto';
import { NotificationResponse } from '../notifications/notification.dto';
import { SharedLearningResponse, TeamSessionResponse } from '../team-learning/team-learning.dto';
import { UserResponse } from '../users/user.dto';
import { WeekPlanDto, WeekReflectionDto, WeekResponse } from '../weeks/week.dto';

/*
 * The JSON export, item by item. Most items take their fields from the answers the app gives; other
 * people appear by name only. `schemaVersion` is raised whenever a field is renamed or removed.
 */

class ExportedPerson extends OmitType(UserResponse, ['teams']) {
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

class ExportedOrganization {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

class ExportedMembership {
  @ApiProperty({ format: 'uuid' })
  teamId: string;

  @ApiProperty({ description: 'The team’s name.' })
  team: string;

  @ApiProperty({ enum: TEAM_ROLES })
  role: TeamRole;

  @ApiProperty({ format: 'date-time' })
  since: string;
}

class ExportedMilestone extends OmitType(MilestoneResponse, ['id']) {}

class ExportedGoal extends OmitType(GoalResponse, ['ownerId', 'version', 'milestones']) {
  @ApiProperty({ type: [ExportedMilestone] })
  milestones: ExportedMilestone[];
}

/** A week flat: the plan's and the reflection's fields side by side, as they are stored. */
class ExportedWeek extends IntersectionType(
  PickType(WeekResponse, ['week', 'startsOn', 'status', 'shared', 'submittedAt', 'goals']),
  WeekPlanDto,
  WeekReflectionDto,
) {}

class ExportedLearningTimeRequest extends PickType(LearningTimeRequestResponse, [
  'id',
  'week',
  'date',
  'hours',
  'form',
  'purpose',
  'goalId',
  'status',
  'decidedAt',
  'decisionComment',
  'createdAt',
]) {
  @ApiProperty({ description: 'The team’s name.' })
  team: string;

  @ApiProperty({ type: String, nullable: true, description: 'The name of who decided.' })
  decidedBy: string | null;
}

class ExportedTeamSession extends PickType(TeamSessionResponse, [
  'id',
  'kind',
  'title',
  'startsAt',
  'durationMinutes',
]) {
  @ApiProperty({ description: 'The team’s name.' })
  team: string;

  @ApiProperty()
  attended: boolean;

  @ApiProperty()
  facilitated: boolean;

  @ApiProperty({ description: 'Whether the person planned it.' })
  created: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  hoursCarriedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  agenda: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcomes: string | null;

  @ApiProperty({ type: String, nullable: true })
  agreements: string | null;
}

class ReactionTally extends CountPer(REACTION_KINDS, { optional: true }) {}

class ExportedSharedLearning extends PickType(SharedLearningResponse, [
  'id',
  'body',
  'fromWeek',
  'hidden',
  'createdAt',
]) {
  @ApiProperty({ description: 'The team’s name.' })
  team: string;

  @ApiProperty({ type: ReactionTally, description: 'How others reacted, counted; who reacted stays theirs.' })
  reactions: ReactionTally;
}

class ExportedComment {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  learningId: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

class ExportedReaction {
  @ApiProperty({ format: 'uuid' })
  learningId: string;

  @ApiProperty({ enum: REACTION_KINDS })
  kind: ReactionKind;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

class ExportedNotification extends PickType(NotificationResponse, ['id', 'kind', 'data', 'read', 'createdAt']) {}

class ExportedAuditEvent extends PickType(AuditEventResponse, [
  'id',
  'action',
  'targetType',
  'targetId',
  'details',
  'createdAt',
]) {
  @ApiProperty({ enum: ['self', 'other', 'system'] })
  by: 'self' | 'other' | 'system';
}

export class PersonalDataExportResponse {
  @ApiProperty({ example: 1 })
  schemaVersion: number;

  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: ExportedPerson })
  person: ExportedPerson;

  @ApiProperty({ type: ExportedOrganization })
  organization: ExportedOrganization;

  @ApiProperty({ type: [ExportedMembership], description: 'Teams the person is in, with their role.' })
  memberships: ExportedMembership[];

  @ApiProperty({ type: [ExportedGoal], description: 'Learning goals with their milestones.' })
  goals: ExportedGoal[];

  @ApiProperty({ type: [ExportedWeek], description: 'Vital Weeks with every text, hours and score.' })
  weeks: ExportedWeek[];

  @ApiProperty({ type: [ExportedLearningTimeRequest], description: 'Learning-time requests with their decisions.' })
  learningTimeRequests: ExportedLearningTimeRequest[];

  @ApiProperty({
    type: [ExportedTeamSession],
    description: 'Team sessions attended, facilitated or planned; texts only of the ones planned.',
  })
  teamSessions: ExportedTeamSession[];

  @ApiProperty({ type: [ExportedSharedLearning], description: 'Posts in team feeds, with reaction counts.' })
  sharedLearnings: ExportedSharedLearning[];

  @ApiProperty({ type: [ExportedComment], description: 'Comments the person wrote.' })
  comments: ExportedComment[];

  @ApiProperty({ type: [ExportedReaction], description: 'Reactions the person gave.' })
  reactions: ExportedReaction[];

  @ApiProperty({ type: [ExportedNotification], description: 'In-app notifications.' })
  notifications: ExportedNotification[];

  @ApiProperty({
    type: [ExportedAuditEvent],
    description: 'Audit rows by or about the person; others appear as "other".',
  })
  auditEvents: ExportedAuditEvent[];
}

class ErasureCounts {
  @ApiProperty({ description: 'Deleted, with their milestones.' })
  goals: number;

  @ApiProperty({ description: 'Deleted.' })
  milestones: number;

  @ApiProperty({ description: 'Texts emptied; status, hours and scores stay for team figures.' })
  weeks: number;

  @ApiProperty({ description: 'Purpose and comment emptied, pending ones cancelled; hours and decisions stay.' })
  learningTimeRequests: number;

  @ApiProperty({ description: 'Posts emptied; they stay in the feed’s count and keep others’ comments.' })
  sharedLearnings: number;

  @ApiProperty({ description: 'Deleted.' })
  comments: number;

  @ApiProperty({ description: 'Deleted.' })
  reactions: number;

  @ApiProperty({ description: 'Deleted.' })
  notifications: number;

  @ApiProperty({ description: 'Sign-in sessions, ended.' })
  sessions: number;

  @ApiProperty({ description: 'Invitations to the person’s address, deleted.' })
  invitations: number;

  @ApiProperty({ description: 'Kept, without the email address and IP address in their details.' })
  auditEvents: number;
}

class ErasedPerson {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export class ErasurePreviewResponse {
  @ApiProperty({ type: ErasedPerson })
  person: ErasedPerson;

  @ApiProperty({ type: ErasureCounts })
  counts: ErasureCounts;

  @ApiProperty({
    description: 'Send it back to confirm; shown once, valid for 15 minutes, for the administrator who asked.',
  })
  token: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class ConfirmErasureDto {
  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  token: string;
}

export class ErasureResultResponse {
  @ApiProperty({ format: 'date-time' })
  erasedAt: string;

  @ApiProperty({ type: ErasureCounts })
  counts: ErasureCounts;
}
