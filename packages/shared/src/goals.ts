import type { Schemas } from './api.generated.js';

/** The six challenges that frame why people learn. */
export const CHALLENGES = ['qualification', 'ai', 'productivity', 'vitality', 'inclusion', 'sustainability'] as const;
export type Challenge = (typeof CHALLENGES)[number];

/** The five career competencies of career self-direction (loopbaanzelfsturing). */
export const CAREER_COMPETENCIES = [
  'qualities',
  'motives',
  'work_exploration',
  'career_steering',
  'networking',
] as const;
export type CareerCompetency = (typeof CAREER_COMPETENCIES)[number];

export const GOAL_STATUSES = ['draft', 'active', 'achieved', 'paused', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Which status may follow which: a closed goal can be reopened, a draft cannot be achieved unseen. */
export const GOAL_TRANSITIONS: Record<GoalStatus, readonly GoalStatus[]> = {
  draft: ['active', 'dropped'],
  active: ['achieved', 'paused', 'dropped'],
  paused: ['active', 'dropped'],
  achieved: ['active'],
  dropped: ['active'],
};

/** Milestones of one goal: all of them are sent back with it, and reordered in one request. */
export const MAX_MILESTONES = 100;

export const GOAL_VISIBILITIES = ['private', 'shared'] as const;
export type GoalVisibility = (typeof GOAL_VISIBILITIES)[number];

export type Milestone = Schemas['MilestoneResponse'];

export type GoalResponse = Schemas['GoalResponse'];

export type CreateGoalRequest = Schemas['CreateGoalDto'];

export type UpdateGoalRequest = Schemas['UpdateGoalDto'];

/** Everything the owner writes on a goal. */
export type GoalFields = Required<Omit<CreateGoalRequest, 'status'>>;

export type CreateMilestoneRequest = Schemas['CreateMilestoneDto'];

export type UpdateMilestoneRequest = Schemas['UpdateMilestoneDto'];

export type ReorderMilestonesRequest = Schemas['ReorderMilestonesDto'];

/** One week in which a goal was worked on. */
export type GoalWeek = Schemas['GoalWeekResponse'];

/** A person keeps at most this many goals (of any status), so their goal list is always complete in one answer. */
export const MAX_GOALS_PER_PERSON = 200;

/**
 * The rule for progress: a goal with milestones is as far as the share of its milestones done (two of
 * three is 67 %); only a goal without milestones has its progress set by hand (slider or reflection).
 */
export function milestoneProgress(milestones: readonly { done: boolean }[]): number | null {
  if (milestones.length === 0) return null;
  return Math.round((100 * milestones.filter((m) => m.done).length) / milestones.length);
}
