import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISIONS,
  MAX_REQUEST_HOURS,
  REQUEST_STATUSES,
  type ApprovalItem as ApprovalContract,
  type BalancePeriod as BalancePeriodContract,
  type BalanceResponse as BalanceContract,
  type BulkDecisionRequest,
  type CreateLearningTimeRequest,
  type Decision,
  type DecisionRequest,
  type LearningTimeRequestResponse as RequestContract,
  type RequestStatus,
  type TeamCalendarWeek as TeamCalendarWeekContract,
  type UpdateLearningTimeRequest,
} from '@vitaal/shared/learning-time';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { LEARNING_FORMS, type LearningForm } from '@vitaal/shared/weeks';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageOf, PageQuery } from '../common/http/pagination';
import { VersionField } from '../common/http/fields';

const WEEK = /^\d{4}-W\d{2}$/;
const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

class PersonRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export class LearningTimeRequestResponse implements RequestContract {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: PersonRef })
  requester: PersonRef;

  @ApiProperty({ format: 'uuid' })
  teamId: string;

  @ApiProperty()
  teamName: string;

  @ApiProperty({ example: '2026-W49' })
  week: IsoWeekKey;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;

  @ApiProperty()
  hours: number;

  @ApiProperty({ enum: LEARNING_FORMS })
  form: LearningForm;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  goalId: string | null;

  @ApiProperty({ enum: REQUEST_STATUSES })
  status: RequestStatus;

  @ApiProperty({ type: PersonRef, nullable: true })
  decidedBy: PersonRef | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty()
  decisionComment: string;

  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class LearningTimeRequestPage extends PageOf(LearningTimeRequestResponse) {}

export class BalancePeriod implements BalancePeriodContract {
  @ApiProperty({ example: '2026-Q4' })
  period: string;

  @ApiProperty({ description: 'Weekly norm × weeks in the period.' })
  norm: number;

  @ApiProperty({ description: 'Hours asked for: pending and approved requests.' })
  requested: number;

  @ApiProperty()
  approved: number;

  @ApiProperty({ description: 'Actual learning hours of submitted weeks.' })
  used: number;
}

export class BalanceResponse implements BalanceContract {
  @ApiProperty()
  weeklyNorm: number;

  @ApiProperty({ type: BalancePeriod })
  year: BalancePeriod;

  @ApiProperty({ type: BalancePeriod })
  quarter: BalancePeriod;
}

export class ApprovalItem extends LearningTimeRequestResponse implements ApprovalContract {
  @ApiProperty({ type: BalancePeriod })
  requesterBalance: BalancePeriod;

  @ApiProperty({ description: 'Approving would take the requester past the year’s norm.' })
  exceedsNorm: boolean;
}

export class ApprovalPage extends PageOf(ApprovalItem) {}

class RequestFieldsDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'A day within the week, when the time is for one day.',
  })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'date must be a date like 2026-12-01' })
  date?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUUID('all', { message: 'goalId must be a UUID' })
  goalId?: string | null;
}

export class CreateLearningTimeRequestDto extends RequestFieldsDto implements CreateLearningTimeRequest {
  @ApiProperty({ example: '2026-W49' })
  @Matches(WEEK, { message: 'week must be an ISO week like 2026-W48' })
  week: IsoWeekKey;

  @ApiProperty({ minimum: 0.5, maximum: MAX_REQUEST_HOURS })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'hours must be a number with at most one decimal' })
  @Min(0.5)
  @Max(MAX_REQUEST_HOURS)
  hours: number;

  @ApiProperty({ enum: LEARNING_FORMS })
  @IsIn(LEARNING_FORMS)
  form: LearningForm;

  @ApiProperty({ maxLength: 1000 })
  @trim
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'purpose must not be empty' })
  purpose: string;

  @ApiProperty({ format: 'uuid', description: 'The team whose managers decide; one of your teams.' })
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId: string;
}

export class UpdateLearningTimeRequestDto extends RequestFieldsDto implements UpdateLearningTimeRequest {
  @VersionField()
  version: number;

  @ApiPropertyOptional({ example: '2026-W49' })
  @IsOptional()
  @Matches(WEEK, { message: 'week must be an ISO week like 2026-W48' })
  week?: IsoWeekKey;

  @ApiPropertyOptional({ minimum: 0.5, maximum: MAX_REQUEST_HOURS })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(MAX_REQUEST_HOURS)
  hours?: number;

  @ApiPropertyOptional({ enum: LEARNING_FORMS })
  @IsOptional()
  @IsIn(LEARNING_FORMS)
  form?: LearningForm;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'purpose must not be empty' })
  purpose?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId?: string;
}

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision: Decision;

  @ApiProperty({ maxLength: 1000, description: 'Required when rejecting.' })
  @trim
  @IsString()
  @MaxLength(1000)
  @ValidateIf((o: DecisionDto) => o.decision === 'rejected')
  @Matches(/\S/, { message: 'comment is required when rejecting' })
  comment: string;
}

export class BulkDecisionDto extends DecisionDto implements BulkDecisionRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  requestIds: string[];
}

export class RequestListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;
}

export class ApprovalQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status: RequestStatus = 'pending';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId?: string;

  @ApiPropertyOptional({ example: '2026-W49' })
  @IsOptional()
  @Matches(WEEK, { message: 'week must be an ISO week like 2026-W48' })
  week?: string;
}

class TeamCalendarEntry {
  @ApiProperty({ format: 'uuid' })
  requestId: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  hours: number;

  @ApiProperty({ enum: LEARNING_FORMS })
  form: LearningForm;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;
}

export class TeamCalendarWeek implements TeamCalendarWeekContract {
  @ApiProperty({ example: '2026-W49' })
  week: IsoWeekKey;

  @ApiProperty({ type: [TeamCalendarEntry] })
  entries: TeamCalendarEntry[];
}

export class TeamCalendarQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId: string;

  @ApiPropertyOptional({ example: '2026-W48', description: 'First week; default this week.' })
  @IsOptional()
  @Matches(WEEK, { message: 'from must be an ISO week like 2026-W48' })
  from?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 26, default: 8 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(26)
  weeks: number = 8;
}

export class BalanceQuery {
  @ApiPropertyOptional({ example: 2026, description: 'ISO week-year; default this year.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
