import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISIONS,
  MAX_REQUEST_HOURS,
  REQUEST_STATUSES,
  type Decision,
  type RequestStatus,
} from '@vitaal/shared/learning-time';
import { ISO_WEEK_YEARS, type IsoWeekKey } from '@vitaal/shared/iso-week';
import { LEARNING_FORMS, type LearningForm } from '@vitaal/shared/weeks';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { DateField, IsoWeekField, IsoWeekProperty } from '../common/http/date-fields';
import { Optional } from '../common/http/optional';
import { PageOf, PageQuery } from '../common/http/pagination';
import { VersionField } from '../common/http/fields';
import { DecimalField, IntField } from '../common/http/number-fields';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

class PersonRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export class LearningTimeRequestResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: PersonRef })
  requester: PersonRef;

  @ApiProperty({ format: 'uuid' })
  teamId: string;

  @ApiProperty()
  teamName: string;

  @IsoWeekProperty()
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

export class BalancePeriod {
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

export class BalanceResponse {
  @ApiProperty()
  weeklyNorm: number;

  @ApiProperty({ type: BalancePeriod })
  year: BalancePeriod;

  @ApiProperty({ type: BalancePeriod })
  quarter: BalancePeriod;
}

export class ApprovalItem extends LearningTimeRequestResponse {
  @ApiProperty({ type: BalancePeriod })
  requesterBalance: BalancePeriod;

  @ApiProperty({ description: 'Approving would take the requester past the year’s norm.' })
  exceedsNorm: boolean;
}

export class ApprovalPage extends PageOf(ApprovalItem) {}

class RequestFieldsDto {
  @DateField({ optional: true, nullable: true, description: 'A day within the week, when the time is for one day.' })
  date?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Optional({ nullable: true })
  @IsUUID('all', { message: 'goalId must be a UUID' })
  goalId?: string | null;
}

export class CreateLearningTimeRequestDto extends RequestFieldsDto {
  @IsoWeekField({ example: '2026-W49' })
  week: IsoWeekKey;

  @DecimalField({ min: 0.5, max: MAX_REQUEST_HOURS })
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

export class UpdateLearningTimeRequestDto extends RequestFieldsDto {
  @VersionField()
  version: number;

  @IsoWeekField({ optional: true, example: '2026-W49' })
  week?: IsoWeekKey;

  @DecimalField({ min: 0.5, max: MAX_REQUEST_HOURS, optional: true })
  hours?: number;

  @ApiPropertyOptional({ enum: LEARNING_FORMS })
  @Optional()
  @IsIn(LEARNING_FORMS)
  form?: LearningForm;

  @ApiPropertyOptional({ maxLength: 1000 })
  @Optional()
  @trim
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'purpose must not be empty' })
  purpose?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId?: string;
}

export class DecisionDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision: Decision;

  @ApiProperty({ maxLength: 1000, description: 'May be empty, except when rejecting.' })
  @trim
  @IsString()
  @MaxLength(1000)
  // Only the "not empty" rule depends on the decision; ValidateIf would switch off the others too.
  @ValidateBy({
    name: 'explainsRejection',
    validator: {
      validate: (value, args) => (args?.object as DecisionDto).decision !== 'rejected' || /\S/.test(String(value)),
      defaultMessage: () => 'comment is required when rejecting',
    },
  })
  comment: string;
}

export class BulkDecisionDto extends DecisionDto {
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
  @Optional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;
}

export class ApprovalQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, default: 'pending' })
  @Optional()
  @IsIn(REQUEST_STATUSES)
  status: RequestStatus = 'pending';

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId?: string;

  @IsoWeekField({ optional: true, example: '2026-W49' })
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

export class TeamCalendarWeek {
  @IsoWeekProperty()
  week: IsoWeekKey;

  @ApiProperty({ type: [TeamCalendarEntry] })
  entries: TeamCalendarEntry[];
}

export class TeamCalendarQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId: string;

  @IsoWeekField({ optional: true, description: 'First week; default this week.' })
  from?: string;

  @IntField({ min: 1, max: 26, optional: true, inQuery: true, default: 8 })
  weeks: number = 8;
}

export class BalanceQuery {
  @IntField({
    min: ISO_WEEK_YEARS.min,
    max: ISO_WEEK_YEARS.max,
    optional: true,
    inQuery: true,
    description: 'ISO week-year; default this year.',
  })
  year?: number;
}
