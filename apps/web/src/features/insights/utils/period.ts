import type { Aggregate, TeamWeekFigures } from '@vitaal/shared/insights';
import type { KeyFigures } from './figures';

const round1 = (n: number) => Math.round(n * 10) / 10;
const sum = (values: number[]) => round1(values.reduce((total, value) => total + value, 0));

/** A sum over the weeks, or null when the team's weeks are withheld (then they all are). */
function total(values: (number | null)[]): number | null {
  return values.some((value) => value === null) ? null : sum(values as number[]);
}

function mean(values: (number | null)[]): number | null {
  const shown = values.filter((value): value is number => value !== null);
  return shown.length === 0 ? null : round1(shown.reduce((a, b) => a + b, 0) / shown.length);
}

/**
 * The average over the weeks that are shown, weighed by their answers, as the API builds a period:
 * a withheld week stays out, so no figure here gives one back.
 */
function pooled(weeks: Aggregate[]): Aggregate {
  const shown = weeks.filter((week) => week.value !== null);
  const respondents = shown.reduce((n, week) => n + week.respondents, 0);
  if (respondents === 0) {
    return {
      value: null,
      respondents: 0,
      reason: weeks.some((week) => week.respondents > 0) ? 'below_minimum_group_size' : 'no_answers',
    };
  }
  return {
    value: round1(shown.reduce((n, week) => n + week.value! * week.respondents, 0) / respondents),
    respondents,
    reason: null,
  };
}

/** The team's figures over the whole period: sums of hours and activity, averages of shares and scores. */
export function periodFigures(weeks: TeamWeekFigures[]): KeyFigures {
  return {
    members: weeks.at(-1)?.members ?? 0,
    plansFilledPct: mean(weeks.map((week) => week.plansFilledPct)),
    reflectionsSubmittedPct: mean(weeks.map((week) => week.reflectionsSubmittedPct)),
    plannedHours: total(weeks.map((week) => week.plannedHours)),
    approvedHours: sum(weeks.map((week) => week.approvedHours)),
    actualHours: total(weeks.map((week) => week.actualHours)),
    normHours: sum(weeks.map((week) => week.normHours)),
    energy: pooled(weeks.map((week) => week.energy)),
    climate: pooled(weeks.map((week) => week.climate)),
    workload: pooled(weeks.map((week) => week.workload)),
    aiUsePct: pooled(weeks.map((week) => week.aiUsePct)),
    sessionsHeld: sum(weeks.map((week) => week.sessionsHeld)),
    sharedLearnings: sum(weeks.map((week) => week.sharedLearnings)),
  };
}

/** Nothing happened yet in the period: no plans, reflections, hours, sessions or posts. */
export function isQuiet(weeks: TeamWeekFigures[]): boolean {
  return weeks.every(
    (week) =>
      !week.plansFilledPct &&
      !week.reflectionsSubmittedPct &&
      !week.plannedHours &&
      !week.approvedHours &&
      !week.actualHours &&
      week.energy.respondents === 0 &&
      week.sessionsHeld === 0 &&
      week.sharedLearnings === 0,
  );
}
