import type { IsoWeekKey } from './iso-week.js';

export const LEARNING_FORMS = ['workplace', 'course', 'peer', 'self_study'] as const;
export type LearningForm = (typeof LEARNING_FORMS)[number];

export const WEEK_STATUSES = ['draft', 'submitted'] as const;
export type WeekStatus = (typeof WEEK_STATUSES)[number];

export const MAX_WEEK_HOURS = 60;
export const MAX_WEEK_TEXT = 4000;
/** The most weeks one list of weeks (`GET /weeks?from=&to=`) answers: a year and a bit. */
export const MAX_WEEK_RANGE = 53;

export type HoursByForm = Record<LearningForm, number | null>;

/** A goal worked on in a week: planned at the start, progress and hours at the end. */
export interface WeekGoal {
  goalId: string;
  hours: number | null;
  /** The goal's progress (0–100) after this week; applied to the goal when saved. */
  progress: number | null;
}

export interface WeekPlan {
  intentions: string;
  plannedHours: number | null;
}

export interface WeekReflection {
  learned: string;
  applied: string;
  hours: HoursByForm;
  energy: number | null;
  climate: number | null;
  workload: number | null;
  aiUsed: boolean | null;
  aiHow: string;
  obstacles: string;
  supportWanted: string;
  nextStep: string;
}

export interface WeekContent {
  plan: WeekPlan;
  reflection: WeekReflection;
  goals: WeekGoal[];
  /** Whether managers and L&O staff may read this week's texts. */
  shared: boolean;
}

export interface WeekResponse extends WeekContent {
  week: IsoWeekKey;
  /** Monday of the week, ISO date. */
  startsOn: string;
  status: WeekStatus;
  /** 0 for a week that has not been saved yet. */
  version: number;
  /** Until when the week may still be changed (ISO timestamp). */
  editableUntil: string;
  editable: boolean;
  submittedAt: string | null;
}

export interface SaveWeekRequest extends WeekContent {
  version: number;
}

export interface WeekSummary {
  week: IsoWeekKey;
  status: WeekStatus | 'missing';
  plannedHours: number | null;
  actualHours: number | null;
  energy: number | null;
  climate: number | null;
  workload: number | null;
}

/** A week of the overview, with the learning norm in force in it. */
export interface OverviewWeek extends WeekSummary {
  normHours: number;
}

export interface MyOverviewResponse {
  currentWeek: IsoWeekKey;
  /** Consecutive submitted weeks up to last week (this week counts when submitted). */
  streak: number;
  /** This week's learning norm. */
  weeklyNormHours: number;
  lastWeekMissing: boolean;
  hasActiveGoal: boolean;
  weeks: OverviewWeek[];
}

/** What a manager or L&O staff member sees of a person's week (DESIGN §3). */
export interface OthersWeekResponse {
  week: IsoWeekKey;
  /**
   * Null, like both hours, for viewers who see a person's weeks only in team figures (L&O staff,
   * DESIGN §3); they still read the texts the person shared.
   */
  submitted: boolean | null;
  plannedHours: number | null;
  actualHours: number | null;
  /** Only when the owner shared the week. */
  texts: {
    intentions: string;
    learned: string;
    applied: string;
    obstacles: string;
    supportWanted: string;
    nextStep: string;
  } | null;
}
