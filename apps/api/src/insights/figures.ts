import type { Aggregate } from '@vitaal/shared/insights';
import type { GroupFigure } from '../access/access';
import type { TeamWeekRow } from './insights.queries';

/** Score sums and answer counts, which add up across weeks and teams. */
export interface ScoreTotals {
  energy: [number, number];
  climate: [number, number];
  workload: [number, number];
  ai: [number, number];
}

export const noScores = (): ScoreTotals => ({ energy: [0, 0], climate: [0, 0], workload: [0, 0], ai: [0, 0] });

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoresOf(row: TeamWeekRow | undefined): ScoreTotals {
  if (!row) return noScores();
  return {
    energy: [row.energy_sum, row.energy_n],
    climate: [row.climate_sum, row.climate_n],
    workload: [row.workload_sum, row.workload_n],
    ai: [row.ai_yes * 100, row.ai_n],
  };
}

export function addScores(a: ScoreTotals, b: ScoreTotals): ScoreTotals {
  const add = (x: [number, number], y: [number, number]): [number, number] => [x[0] + y[0], x[1] + y[1]];
  return {
    energy: add(a.energy, b.energy),
    climate: add(a.climate, b.climate),
    workload: add(a.workload, b.workload),
    ai: add(a.ai, b.ai),
  };
}

/** Whether an average of this many people's answers may be shown: the access entry's group-size rule. */
export type AnswersShown = (people: number) => GroupFigure;

/**
 * An average, or null with the reason: no answers, or too few. `answered` counts answers that were
 * given but withheld further down (weeks below the minimum), so their absence is explained.
 */
export function average([sum, n]: [number, number], shown: AnswersShown, answered = n): Aggregate {
  if (n === 0) return { value: null, respondents: 0, reason: answered > 0 ? 'below_minimum_group_size' : 'no_answers' };
  const figure = shown(n);
  if (!figure.shown) return { value: null, respondents: n, reason: figure.reason };
  return { value: round1(sum / n), respondents: n, reason: null };
}

export function percentage(count: number, of: number): number | null {
  return of === 0 ? null : Math.round((count / of) * 1000) / 10;
}
