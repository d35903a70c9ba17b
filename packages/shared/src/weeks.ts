import type { Schemas } from './api.generated.js';

export const LEARNING_FORMS = ['workplace', 'course', 'peer', 'self_study'] as const;
export type LearningForm = (typeof LEARNING_FORMS)[number];

export const WEEK_STATUSES = ['draft', 'submitted'] as const;
export type WeekStatus = (typeof WEEK_STATUSES)[number];

export const MAX_WEEK_HOURS = 60;
export const MAX_WEEK_TEXT = 4000;
/** The most weeks one list of weeks (`GET /weeks?from=&to=`) answers: a year and a bit. */
export const MAX_WEEK_RANGE = 53;

export type HoursByForm = Schemas['HoursByFormDto'];

export type WeekResponse = Schemas['WeekResponse'];

export type SaveWeekRequest = Schemas['SaveWeekDto'];

/** What a person writes in a week: the plan, the reflection, the goals worked on and whether it is shared. */
export type WeekContent = Omit<SaveWeekRequest, 'version'>;

export type WeekSummary = Schemas['WeekSummaryResponse'];

/** A week of the overview, with the learning norm in force in it. */
export type OverviewWeek = Schemas['OverviewWeekResponse'];

export type MyOverviewResponse = Schemas['MyOverviewResponseDto'];

/** What a manager or L&O staff member sees of a person's week (docs/privacy.md). */
export type OthersWeekResponse = Schemas['OthersWeekResponseDto'];
