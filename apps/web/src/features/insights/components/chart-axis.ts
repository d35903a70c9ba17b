import type { TFunction } from 'i18next';
import { formatNumber, formatPercent, weekNumber } from '@/lib/format';

export const formatTick = (value: unknown) => formatNumber(Number(value));
export const formatPercentTick = (value: unknown) => formatPercent(Number(value));

/** "wk 48": short enough for twelve or more labels under a chart. */
export const weekTick = (t: TFunction, week: string) => t('insights.charts.weekShort', { number: weekNumber(week) });

/** Keeps the legend in the order of the series in every language (recharts sorts by label otherwise). */
export const legendOrder = (series: string[]) => (item: { dataKey?: unknown }) => series.indexOf(String(item.dataKey));
