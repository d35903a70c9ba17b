import type { WeekSummary } from '@vitaal/shared/weeks';

/** What this week asks of the person now: make a plan, look back on it, or nothing (it is in). */
export type WeekPhase = 'plan' | 'planned' | 'reflect' | 'submitted';

/** From Thursday on the week turns from doing towards looking back (the Vital Week Cycle). */
const REFLECT_FROM_WEEKDAY = 4;

/** `weekday` is ISO: Monday 1 … Sunday 7. */
export function weekPhase(week: WeekSummary, weekday: number): WeekPhase {
  if (week.status === 'submitted') return 'submitted';
  const reflectionStarted =
    week.actualHours !== null || week.energy !== null || week.climate !== null || week.workload !== null;
  if (reflectionStarted || weekday >= REFLECT_FROM_WEEKDAY) return 'reflect';
  return week.plannedHours === null ? 'plan' : 'planned';
}

export function isoWeekday(date: Date): number {
  return date.getDay() || 7;
}
