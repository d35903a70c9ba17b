import type { TFunction } from 'i18next';
import { formatNumber, formatPercent, weekNumber } from '@/lib/format';

/** At least 4.5:1 on white, since a legend's text takes the colour of its series. */
export const CHART_COLORS = {
  slate: '#5b6b8c',
  teal: '#0f766e',
  purple: '#7c3aed',
  rust: '#9a3412',
} as const;

export const formatTick = (value: unknown) => formatNumber(Number(value));
export const formatPercentTick = (value: unknown) => formatPercent(Number(value));

/** "wk 48": short enough for twelve or more labels under a chart. */
export const weekTick = (t: TFunction, week: string) => t('charts.weekShort', { number: weekNumber(week) });

/** Keeps the legend in the order of the series in every language (recharts sorts by label otherwise). */
export const legendOrder = (series: readonly string[]) => (item: { dataKey?: unknown }) =>
  series.indexOf(String(item.dataKey));
