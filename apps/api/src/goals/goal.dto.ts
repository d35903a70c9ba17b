import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAREER_COMPETENCIES,
  CHALLENGES,
  GOAL_STATUSES,
  GOAL_VISIBILITIES,
  MAX_MILESTONES,
  type CareerCompetency,
  type Challenge,
  type GoalStatus,
  type GoalVisibility,
} from '@vitaal/shared/goals';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateField, IsoWeekProperty } from '../common/http/date-fields';
import { NameField, VersionField } from '../common/http/fields';
import { IntField } from '../common/http/number-fields';
import { Optional } from '../common/http/optional';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const TEXT_MAX = 2000;

export class MilestoneResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  done: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  doneOn: string | null;
}

export class GoalResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  ownerId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: 'What do I want to learn, and why now — in the owner’s own words.' })
  developmentQuestion: string;

  @ApiProperty()
  motivation: string;

  @ApiProperty({ enum: CHALLENGES, isArray: true })
  challenges: Challenge[];

  @ApiProperty({ enum: CAREER_COMPETENCIES, isArray: true })
  careerCompetencies: CareerCompetency[];

  @ApiProperty({ type: [String] })
  competences: string[];

  @ApiProperty()
  successCriteria: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  targetDate: string | null;

  @ApiProperty({ enum: GOAL_VISIBILITIES })
  visibility: GoalVisibility;

  @ApiProperty({ enum: GOAL_STATUSES })
  status: GoalStatus;

  @ApiProperty({ minimum: 0, maximum: 100 })
  progress: number;

  @ApiProperty({ type: [MilestoneResponse] })
  milestones: MilestoneResponse[];

  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** The editable fields, all optional here; CreateGoalDto makes title and question required. */
class GoalFieldsDto {
  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  motivation?: string;

  @ApiPropertyOptional({ enum: CHALLENGES, isArray: true, maxItems: CHALLENGES.length })
  @Optional()
  @IsArray()
  @ArrayMaxSize(CHALLENGES.length)
  @IsIn(CHALLENGES, { each: true, message: `each challenge must be one of ${CHALLENGES.join(', ')}` })
  @ArrayUnique()
  challenges?: Challenge[];

  @ApiPropertyOptional({ enum: CAREER_COMPETENCIES, isArray: true, maxItems: CAREER_COMPETENCIES.length })
  @Optional()
  @IsArray()
  @ArrayMaxSize(CAREER_COMPETENCIES.length)
  @IsIn(CAREER_COMPETENCIES, {
    each: true,
    message: `each career competency must be one of ${CAREER_COMPETENCIES.join(', ')}`,
  })
  @ArrayUnique()
  careerCompetencies?: CareerCompetency[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    items: { type: 'string', maxLength: 60 },
    description: 'Free tags such as "gespreksvoering".',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  competences?: string[];

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  successCriteria?: string;

  @DateField({ optional: true, nullable: true })
  targetDate?: string | null;

  @ApiPropertyOptional({
    enum: GOAL_VISIBILITIES,
    description: 'shared: the owner’s managers and L&O staff may read it.',
  })
  @Optional()
  @IsIn(GOAL_VISIBILITIES)
  visibility?: GoalVisibility;
}

export class CreateGoalDto extends GoalFieldsDto {
  @NameField({ maxLength: 200 })
  title: string;

  @ApiProperty({ maxLength: TEXT_MAX })
  @trim
  @IsString()
  @MaxLength(TEXT_MAX)
  developmentQuestion: string;

  @ApiPropertyOptional({ enum: ['draft', 'active'], default: 'draft' })
  @Optional()
  @IsIn(['draft', 'active'], { message: 'a new goal starts as draft or active' })
  status?: GoalStatus;
}

export class UpdateGoalDto extends GoalFieldsDto {
  @VersionField('The version you read; a stale one is refused with 409.')
  version: number;

  @NameField({ maxLength: 200, optional: true })
  title?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @trim
  @IsString()
  @MaxLength(TEXT_MAX)
  developmentQuestion?: string;

  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @Optional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;

  @IntField({ min: 0, max: 100, optional: true })
  progress?: number;
}

export class GoalListQuery {
  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @Optional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;
}

export class CreateMilestoneDto {
  @NameField({ maxLength: 200 })
  title: string;
}

export class UpdateMilestoneDto {
  @NameField({ maxLength: 200, optional: true })
  title?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  done?: boolean;
}

export class ReorderMilestonesDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_MILESTONES,
    description: 'Every milestone of the goal, in the new order.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_MILESTONES)
  @IsUUID('all', { each: true })
  @ArrayUnique()
  milestoneIds: string[];
}

export class GoalWeekResponse {
  @IsoWeekProperty()
  week: IsoWeekKey;

  @ApiProperty({ type: Number, nullable: true, description: 'Null when not filled in, or not for this reader to see.' })
  hours: number | null;

  @ApiProperty({ type: Number, nullable: true })
  progress: number | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Null for readers who may not see the week status.' })
  submitted: boolean | null;
}
