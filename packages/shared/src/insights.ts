import type { GoalStatus, Challenge } from './goals.js';
import type { IsoWeekKey } from './iso-week.js';

export const MAX_INSIGHT_WEEKS = 52;

/** An average of personal scores, or null with the reason it is withheld (DESIGN §3). */
export interface Aggregate {
  value: number | null;
  /** How many answers the value is over; withheld below the organisation's minimum group size. */
  respondents: number;
  reason: 'below_minimum_group_size' | 'no_answers' | null;
}

export interface TeamWeekFigures {
  week: IsoWeekKey;
  /**
   * Still open: this week, and last week while its reflections may still be written (its edit window
   * is open). Its figures can still rise, so trends mark it rather than read it as a drop.
   */
  provisional: boolean;
  members: number;
  /** Percentages 0–100 of the members, or null when withheld for a group this small. */
  plansFilledPct: number | null;
  reflectionsSubmittedPct: number | null;
  plannedHours: number | null;
  approvedHours: number;
  actualHours: number | null;
  normHours: number;
  energy: Aggregate;
  climate: Aggregate;
  workload: Aggregate;
  aiUsePct: Aggregate;
  sessionsHeld: number;
  sharedLearnings: number;
}

export interface TeamDashboardResponse {
  team: { id: string; name: string };
  minGroupSize: number;
  weeks: TeamWeekFigures[];
  goalsByStatus: Record<GoalStatus, number> | null;
  goalsByChallenge: Record<Challenge, number> | null;
}

export interface TeamOverviewRow {
  team: { id: string; name: string };
  members: number;
  plansFilledPct: number | null;
  reflectionsSubmittedPct: number | null;
  plannedHours: number | null;
  approvedHours: number;
  actualHours: number | null;
  normHours: number;
  energy: Aggregate;
  climate: Aggregate;
  workload: Aggregate;
  aiUsePct: Aggregate;
  sessionsHeld: number;
  sharedLearnings: number;
  /** Reflections submitted % per week, oldest first, for a sparkline; null where withheld. */
  trend: (number | null)[];
}

export interface OrganizationOverviewResponse {
  weeks: IsoWeekKey[];
  /** The weeks of the period that are still open (see TeamWeekFigures.provisional), oldest first. */
  provisionalWeeks: IsoWeekKey[];
  minGroupSize: number;
  teams: TeamOverviewRow[];
  totals: Omit<TeamOverviewRow, 'team' | 'trend'>;
}
