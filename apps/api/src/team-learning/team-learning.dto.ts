import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_LEARNING_LENGTH,
  REACTION_KINDS,
  SESSION_KINDS,
  type ReactionKind,
  type SessionKind,
} from '@vitaal/shared/team-learning';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DateTimeField, IsoWeekField, IsoWeekProperty } from '../common/http/date-fields';
import { NameField, VersionField } from '../common/http/fields';
import { IntField } from '../common/http/number-fields';
import { Optional } from '../common/http/optional';
import { PageOf, PageQuery } from '../common/http/pagination';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const TEXT_MAX = 4000;

class PersonRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

class AttendeeResponse {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  attended: boolean;

  @ApiProperty()
  hoursCarried: boolean;
}

class SessionGoalResponse {
  @ApiProperty({ format: 'uuid' })
  goalId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'uuid' })
  ownerId: string;
}

export class TeamSessionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  teamId: string;

  @ApiProperty({ enum: SESSION_KINDS })
  kind: SessionKind;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty()
  durationMinutes: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  facilitatorId: string | null;

  @ApiProperty({ type: String, nullable: true })
  facilitatorName: string | null;

  @ApiProperty()
  agenda: string;

  @ApiProperty()
  outcomes: string;

  @ApiProperty()
  agreements: string;

  @ApiProperty({ format: 'uuid' })
  createdBy: string;

  @ApiProperty({ type: [AttendeeResponse] })
  attendees: AttendeeResponse[];

  @ApiProperty({ type: [SessionGoalResponse] })
  goals: SessionGoalResponse[];

  @ApiProperty()
  version: number;
}

export class TeamSessionPage extends PageOf(TeamSessionResponse) {}

class SessionFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A member of the team.' })
  @Optional({ nullable: true })
  @IsUUID('all', { message: 'facilitatorId must be a UUID' })
  facilitatorId?: string | null;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  agenda?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  outcomes?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  agreements?: string;
}

export class CreateTeamSessionDto extends SessionFieldsDto {
  @ApiProperty({ enum: SESSION_KINDS })
  @IsIn(SESSION_KINDS)
  kind: SessionKind;

  @NameField({ maxLength: 200 })
  title: string;

  @DateTimeField({ example: '2026-11-26T14:00:00+01:00' })
  startsAt: string;

  @IntField({ min: 15, max: 480 })
  durationMinutes: number;
}

export class UpdateTeamSessionDto extends SessionFieldsDto {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ enum: SESSION_KINDS })
  @Optional()
  @IsIn(SESSION_KINDS)
  kind?: SessionKind;

  @NameField({ maxLength: 200, optional: true })
  title?: string;

  @DateTimeField({ optional: true })
  startsAt?: string;

  @IntField({ min: 15, max: 480, optional: true })
  durationMinutes?: number;
}

export class SessionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming' })
  @Optional()
  @IsIn(['upcoming', 'past'])
  when: 'upcoming' | 'past' = 'upcoming';
}

export class AttendanceDto {
  @ApiProperty({ description: 'Whether you were (or will be) there.' })
  @IsBoolean()
  attended: boolean;
}

export class LinkGoalDto {
  @ApiProperty({ format: 'uuid', description: 'One of your own goals.' })
  @IsUUID('all', { message: 'goalId must be a UUID' })
  goalId: string;
}

class ReactionCount {
  @ApiProperty({ enum: REACTION_KINDS })
  kind: ReactionKind;

  @ApiProperty()
  count: number;

  @ApiProperty()
  mine: boolean;
}

class CommentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: PersonRef })
  author: PersonRef;

  @ApiProperty()
  body: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class SharedLearningResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  teamId: string;

  @ApiProperty({ type: PersonRef })
  author: PersonRef;

  @ApiProperty()
  body: string;

  @IsoWeekProperty({ nullable: true, description: 'The week it was published from, when it was.' })
  fromWeek: IsoWeekKey | null;

  @ApiProperty({ description: 'Hidden by a manager; only managers still see it.' })
  hidden: boolean;

  @ApiProperty({ type: [ReactionCount] })
  reactions: ReactionCount[];

  @ApiProperty({ type: [CommentResponse] })
  comments: CommentResponse[];

  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class SharedLearningPage extends PageOf(SharedLearningResponse) {}

export class CreateSharedLearningDto {
  @ApiPropertyOptional({ maxLength: MAX_LEARNING_LENGTH })
  @Optional()
  @trim
  @IsString()
  @MaxLength(MAX_LEARNING_LENGTH)
  @Matches(/\S/, { message: 'body must not be empty' })
  body?: string;

  @IsoWeekField({ optional: true, description: 'Publish what you learned in this week of yours.' })
  fromWeek?: IsoWeekKey;
}

export class UpdateSharedLearningDto {
  @ApiProperty({ maxLength: MAX_LEARNING_LENGTH })
  @trim
  @IsString()
  @MaxLength(MAX_LEARNING_LENGTH)
  @Matches(/\S/, { message: 'body must not be empty' })
  body: string;

  @VersionField()
  version: number;
}

export class HideSharedLearningDto {
  @ApiProperty()
  @IsBoolean()
  hidden: boolean;
}

export class ReactionDto {
  @ApiProperty({ enum: REACTION_KINDS })
  @IsIn(REACTION_KINDS)
  kind: ReactionKind;
}

export class CommentDto {
  @ApiProperty({ maxLength: 1000 })
  @trim
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'body must not be empty' })
  body: string;
}

export class TeamLearningFiguresResponse {
  @ApiProperty({ example: '2026-Q4' })
  quarter: string;

  @ApiProperty()
  sessionsHeld: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of members present at held sessions, 0–1.' })
  attendanceRate: number | null;

  @ApiProperty()
  sharedLearnings: number;
}
