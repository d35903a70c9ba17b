import { ApiProperty } from '@nestjs/swagger';
import { CHALLENGES, GOAL_STATUSES } from '@vitaal/shared/goals';
import { MAX_INSIGHT_WEEKS } from '@vitaal/shared/insights';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { IsoWeekProperty } from '../common/http/date-fields';
import { CountPer } from '../common/http/counts';
import { IntField } from '../common/http/number-fields';

export class InsightsQuery {
  @IntField({ min: 1, max: MAX_INSIGHT_WEEKS, optional: true, inQuery: true, default: 12 })
  weeks: number = 12;
}

export class Aggregate {
  @ApiProperty({ type: Number, nullable: true })
  value: number | null;

  @ApiProperty({ description: 'Answers the value is over.' })
  respondents: number;

  @ApiProperty({ enum: ['below_minimum_group_size', 'no_answers'], nullable: true })
  reason: 'below_minimum_group_size' | 'no_answers' | null;
}

class GoalsByStatus extends CountPer(GOAL_STATUSES) {}

class GoalsByChallenge extends CountPer(CHALLENGES) {}

class TeamRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

class KeyFigures {
  @ApiProperty()
  members: number;

  @ApiProperty({ type: Number, nullable: true, description: '0–100; null when withheld for a small group.' })
  plansFilledPct: number | null;

  @ApiProperty({ type: Number, nullable: true })
  reflectionsSubmittedPct: number | null;

  @ApiProperty({ type: Number, nullable: true })
  plannedHours: number | null;

  @ApiProperty()
  approvedHours: number;

  @ApiProperty({ type: Number, nullable: true })
  actualHours: number | null;

  @ApiProperty()
  normHours: number;

  @ApiProperty({ type: Aggregate })
  energy: Aggregate;

  @ApiProperty({ type: Aggregate })
  climate: Aggregate;

  @ApiProperty({ type: Aggregate })
  workload: Aggregate;

  @ApiProperty({ type: Aggregate, description: 'Share of reflections that used AI, 0–100.' })
  aiUsePct: Aggregate;

  @ApiProperty()
  sessionsHeld: number;

  @ApiProperty()
  sharedLearnings: number;
}

export class TeamWeekFigures extends KeyFigures {
  @IsoWeekProperty()
  week: IsoWeekKey;

  @ApiProperty({
    description:
      'Still open: this week, and last week while its reflections may still be written (its edit window is open); its figures can still rise.',
  })
  provisional: boolean;
}

export class TeamDashboardResponse {
  @ApiProperty({ type: TeamRef })
  team: TeamRef;

  @ApiProperty()
  minGroupSize: number;

  @ApiProperty({ type: [TeamWeekFigures] })
  weeks: TeamWeekFigures[];

  @ApiProperty({ type: GoalsByStatus, nullable: true, description: 'Goals per status.' })
  goalsByStatus: GoalsByStatus | null;

  @ApiProperty({ type: GoalsByChallenge, nullable: true, description: 'Active and achieved goals per challenge.' })
  goalsByChallenge: GoalsByChallenge | null;
}

export class TeamOverviewRow extends KeyFigures {
  @ApiProperty({ type: TeamRef })
  team: TeamRef;

  @ApiProperty({
    type: 'array',
    items: { type: 'number', nullable: true },
    description: 'Reflections submitted % per week, oldest first; null where withheld.',
  })
  trend: (number | null)[];
}

export class OrganizationOverviewResponse {
  @IsoWeekProperty({ isArray: true })
  weeks: IsoWeekKey[];

  @IsoWeekProperty({
    isArray: true,
    description: 'The weeks of the period that are still open (provisional), oldest first.',
  })
  provisionalWeeks: IsoWeekKey[];

  @ApiProperty()
  minGroupSize: number;

  @ApiProperty({ type: [TeamOverviewRow] })
  teams: TeamOverviewRow[];

  @ApiProperty({ type: KeyFigures, description: 'Built only from what the team rows show.' })
  totals: KeyFigures;
}
