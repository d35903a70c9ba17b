import { isoWeekMonday, parseIsoWeek, type IsoWeekKey } from '@vitaal/shared/iso-week';
import type { WeekContent, WeekSummary } from '@vitaal/shared/weeks';
import type { WeekResponse } from './week.dto';
import type { WeekGoalLink } from './week-goal.entity';
import type { Week } from './week.entity';

/** The hours learned in a week, as the database counts them (Week.actualHours, function vitaal_actual_hours). */
export const actualHours = (week: Pick<Week, 'actualHours'>): number | null => week.actualHours;

export function emptyContent(intentions = ''): WeekContent {
  return {
    plan: { intentions, plannedHours: null },
    reflection: {
      learned: '',
      applied: '',
      hours: { workplace: null, course: null, peer: null, self_study: null },
      energy: null,
      climate: null,
      workload: null,
      aiUsed: null,
      aiHow: '',
      obstacles: '',
      supportWanted: '',
      nextStep: '',
    },
    goals: [],
    shared: false,
  };
}

/** A goal worked on in the week, as saved or as just asked for. */
type Link = Pick<WeekGoalLink, 'goalId' | 'hours' | 'progress'>;

export function contentOf(week: Week, links: readonly Link[]): WeekContent {
  return {
    plan: { intentions: week.intentions, plannedHours: week.plannedHours },
    reflection: {
      learned: week.learned,
      applied: week.applied,
      hours: {
        workplace: week.hoursWorkplace,
        course: week.hoursCourse,
        peer: week.hoursPeer,
        self_study: week.hoursSelfStudy,
      },
      energy: week.energy,
      climate: week.climate,
      workload: week.workload,
      aiUsed: week.aiUsed,
      aiHow: week.aiHow,
      obstacles: week.obstacles,
      supportWanted: week.supportWanted,
      nextStep: week.nextStep,
    },
    goals: links.map((link) => ({ goalId: link.goalId, hours: link.hours, progress: link.progress })),
    shared: week.shared,
  };
}

/** The columns of a week for the content the person saved. */
export function columnsOf(content: WeekContent): Partial<Week> {
  const { plan, reflection } = content;
  return {
    shared: content.shared,
    intentions: plan.intentions,
    plannedHours: plan.plannedHours,
    learned: reflection.learned,
    applied: reflection.applied,
    hoursWorkplace: reflection.hours.workplace,
    hoursCourse: reflection.hours.course,
    hoursPeer: reflection.hours.peer,
    hoursSelfStudy: reflection.hours.self_study,
    energy: reflection.energy,
    climate: reflection.climate,
    workload: reflection.workload,
    aiUsed: reflection.aiUsed,
    aiHow: reflection.aiHow,
    obstacles: reflection.obstacles,
    supportWanted: reflection.supportWanted,
    nextStep: reflection.nextStep,
  };
}

export function toWeekResponse(
  key: IsoWeekKey,
  week: Week | null,
  links: readonly Link[],
  editableUntil: Date,
  now: Date,
  intentions = '',
): WeekResponse {
  return {
    week: key,
    startsOn: isoWeekMonday(parseIsoWeek(key)!),
    status: week?.status ?? 'draft',
    version: week?.version ?? 0,
    editableUntil: editableUntil.toISOString(),
    editable: now < editableUntil,
    submittedAt: week?.submittedAt?.toISOString() ?? null,
    ...(week ? contentOf(week, links) : emptyContent(intentions)),
  };
}

export function toSummary(key: IsoWeekKey, week: Week | undefined): WeekSummary {
  return {
    week: key,
    status: week?.status ?? 'missing',
    plannedHours: week?.plannedHours ?? null,
    actualHours: week?.actualHours ?? null,
    energy: week?.energy ?? null,
    climate: week?.climate ?? null,
    workload: week?.workload ?? null,
  };
}
