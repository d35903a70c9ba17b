import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { formatNumber, weekDates, weekNumber } from '@/lib/format';
import { ChartFigure } from '@/components/chart-figure';
import { DataTable } from '@/components/data-table';
import { numberCell } from './no-value';
import { CHART_COLORS, legendOrder, weekTick } from '@/components/charts';

const SCORES = [1, 2, 3, 4, 5];
const formatValue = (value: unknown) => formatNumber(Number(value));
/** The legend keeps this order in every language (recharts sorts by label otherwise). */
const SERIES = ['energy', 'climate'] as const;

/** Energy and work climate (1–5) per week, as the person scored them in the reflection. */
export function WellbeingChart({ weeks }: { weeks: WeekSummary[] }) {
  const { t } = useTranslation();
  const points = weeks.map((week) => ({
    label: weekTick(t, week.week),
    energy: week.energy,
    climate: week.climate,
  }));
  const names = { energy: t('overview.charts.wellbeing.energy'), climate: t('overview.charts.wellbeing.climate') };

  return (
    <ChartFigure
      title={t('overview.charts.wellbeing.title')}
      description={t('overview.charts.wellbeing.description', { count: weeks.length })}
      table={
        <DataTable
          caption={t('overview.charts.wellbeing.caption')}
          columns={[t('overview.table.week'), names.energy, names.climate]}
          rows={weeks.map((week) => ({
            key: week.week,
            header: t('overview.table.weekLabel', { number: weekNumber(week.week), dates: weekDates(week.week) }),
            cells: [week.energy, week.climate].map(numberCell),
          }))}
        />
      }
    >
      <LineChart
        data={points}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 8, right: 8, bottom: 0, left: -24 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[1, 5]} ticks={SCORES} tick={{ fontSize: 12 }} />
        <Tooltip formatter={formatValue} />
        <Legend itemSorter={legendOrder(SERIES)} />
        <Line dataKey="energy" name={names.energy} stroke={CHART_COLORS.teal} strokeWidth={2} type="monotone" />
        <Line
          dataKey="climate"
          name={names.climate}
          stroke={CHART_COLORS.purple}
          strokeWidth={2}
          strokeDasharray="5 3"
          type="monotone"
        />
      </LineChart>
    </ChartFigure>
  );
}
