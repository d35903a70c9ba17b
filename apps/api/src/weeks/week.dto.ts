import { ApiProperty } from '@nestjs/swagger';
import {
  LEARNING_FORMS,
  MAX_WEEK_HOURS,
  MAX_WEEK_RANGE,
  MAX_WEEK_TEXT,
  WEEK_STATUSES,
  type WeekStatus,
} from '@vitaal/shared/weeks';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { IsoWeekField, IsoWeekProperty } from '../common/http/date-fields';
import { VersionField } from '../common/http/fields';
import { DecimalField, IntField } from '../common/http/number-fields';

/** Hours: null when not filled in, else 0–60 in steps of 0.1. */
const HoursField = () => DecimalField({ min: 0, max: MAX_WEEK_HOURS, nullable: true });

const ScoreField = () => IntField({ min: 1, max: 5, nullable: true });

const TextField = () =>
  applyDecorators(ApiProperty({ maxLength: MAX_WEEK_TEXT }), IsString(), MaxLength(MAX_WEEK_TEXT));

export class HoursByFormDto {
  @HoursField()
  workplace: number | null;

  @HoursField()
  course: number | null;

  @HoursField()
  peer: number | null;

  @HoursField()
  self_study: number | null;
}

export class WeekPlanDto {
  @TextField()
  intentions: string;

  @HoursField()
  plannedHours: number | null;
}

export class WeekReflectionDto {
  @TextField()
  learned: string;

  @TextField()
  applied: string;

  @ApiProperty({ type: HoursByFormDto, description: `Actual learning hours per form: ${LEARNING_FORMS.join(', ')}.` })
  @ValidateNested()
  @Type(() => HoursByFormDto)
  @IsDefined()
  hours: HoursByFormDto;

  @ScoreField()
  energy: number | null;

  @ScoreField()
  climate: number | null;

  @ScoreField()
  workload: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  @IsDefined()
  @ValidateIf((_object, value) => value !== null)
  @IsBoolean()
  aiUsed: boolean | null;

  @TextField()
  aiHow: string;

  @TextField()
  obstacles: string;

  @TextField()
  supportWanted: string;

  @TextField()
  nextStep: string;
}

export class WeekGoalDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'goalId must be a UUID' })
  goalId: string;

  @HoursField()
  hours: number | null;

  @IntField({
    min: 0,
    max: 100,
    nullable: true,
    description: 'The goal’s progress after this week; applied to the goal.',
  })
  progress: number | null;
}

export class SaveWeekDto {
  @VersionField('The version you read; 0 for a week not saved before. A stale one is refused with 409.')
  version: number;

  @ApiProperty({ description: 'Let managers and L&O staff read this week’s texts.' })
  @IsBoolean()
  shared: boolean;

  @ApiProperty({ type: WeekPlanDto })
  @ValidateNested()
  @Type(() => WeekPlanDto)
  @IsDefined()
  plan: WeekPlanDto;

  @ApiProperty({ type: WeekReflectionDto })
  @ValidateNested()
  @Type(() => WeekReflectionDto)
  @IsDefined()
  reflection: WeekReflectionDto;

  @ApiProperty({ type: [WeekGoalDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WeekGoalDto)
  goals: WeekGoalDto[];
}

export class WeekResponse {
  @IsoWeekProperty()
  week: IsoWeekKey;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ enum: WEEK_STATUSES })
  status: WeekStatus;

  @ApiProperty()
  shared: boolean;

  @ApiProperty({ type: WeekPlanDto })
  plan: WeekPlanDto;

  @ApiProperty({ type: WeekReflectionDto })
  reflection: WeekReflectionDto;

  @ApiProperty({ type: [WeekGoalDto] })
  goals: WeekGoalDto[];

  @ApiProperty({ description: '0 when the week has not been saved yet.' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  editableUntil: string;

  @ApiProperty()
  editable: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;
}

export class WeekSummaryResponse {
  @IsoWeekProperty()
  week: IsoWeekKey;

  @ApiProperty({ enum: [...WEEK_STATUSES, 'missing'] })
  status: WeekStatus | 'missing';

  @ApiProperty({ type: Number, nullable: true })
  plannedHours: number | null;

  @ApiProperty({ type: Number, nullable: true })
  actualHours: number | null;

  @ApiProperty({ type: Number, nullable: true })
  energy: number | null;

  @ApiProperty({ type: Number, nullable: true })
  climate: number | null;

  @ApiProperty({ type: Number, nullable: true })
  workload: number | null;
}

export class OverviewWeekResponse extends WeekSummaryResponse {
  @ApiProperty({ description: 'The learning norm in hours in force in this week (contract hours × norm %).' })
  normHours: number;
}

export class MyOverviewResponseDto {
  @IsoWeekProperty()
  currentWeek: IsoWeekKey;

  @ApiProperty()
  streak: number;

  @ApiProperty({ description: 'The learning norm in hours in force this week.' })
  weeklyNormHours: number;

  @ApiProperty()
  lastWeekMissing: boolean;

  @ApiProperty()
  hasActiveGoal: boolean;

  @ApiProperty({ type: [OverviewWeekResponse] })
  weeks: OverviewWeekResponse[];
}

class SharedWeekTexts {
  @ApiProperty()
  intentions: string;

  @ApiProperty()
  learned: string;

  @ApiProperty()
  applied: string;

  @ApiProperty()
  obstacles: string;

  @ApiProperty()
  supportWanted: string;

  @ApiProperty()
  nextStep: string;
}

export class OthersWeekResponseDto {
  @IsoWeekProperty()
  week: IsoWeekKey;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Null, like both hours, for L&O staff: they see submissions and hours only in team figures.',
  })
  submitted: boolean | null;

  @ApiProperty({ type: Number, nullable: true })
  plannedHours: number | null;

  @ApiProperty({ type: Number, nullable: true })
  actualHours: number | null;

  @ApiProperty({
    type: SharedWeekTexts,
    nullable: true,
    description:
      'Only for a week the owner submitted and chose to share; by sharing it they let its readers know it was submitted.',
  })
  texts: SharedWeekTexts | null;
}

export class WeekRangeQuery {
  @IsoWeekField({
    optional: true,
    example: '2026-W37',
    description: `First week; default 11 weeks before \`to\`. At most ${MAX_WEEK_RANGE} weeks before \`to\`.`,
  })
  from?: string;

  @IsoWeekField({ optional: true, description: 'Last week; default the current week.' })
  to?: string;
}

export class OverviewQuery {
  @IntField({ min: 1, max: 52, optional: true, inQuery: true, default: 12 })
  weeks: number = 12;
}
