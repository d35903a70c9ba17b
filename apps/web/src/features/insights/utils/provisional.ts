import type { TFunction } from 'i18next';
import { weekTick } from '@/components/charts';

/** A week of a chart: its key, and whether its figures are still provisional (the API decides). */
export interface ChartWeek {
  week: string;
  provisional: boolean;
}

/** "wk 48", with a * when the week is still open; the page's note says what the * means. */
export const chartWeekLabel = (t: TFunction, week: ChartWeek) =>
  `${weekTick(t, week.week)}${week.provisional ? '*' : ''}`;

/** The open stretch of a chart, from its first provisional week to its last; null when every week is final. */
export function provisionalStretch(t: TFunction, weeks: ChartWeek[]): { x1: string; x2: string } | null {
  const open = weeks.filter((week) => week.provisional);
  return open.length === 0 ? null : { x1: chartWeekLabel(t, open[0]!), x2: chartWeekLabel(t, open.at(-1)!) };
}
