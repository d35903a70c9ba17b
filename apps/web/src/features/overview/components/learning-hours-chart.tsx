import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { OverviewWeek } from '@vitaal/shared/weeks';
import { formatNumber, weekDates, weekNumber } from '@/lib/format';
import { ChartFigure } from '@/components/chart-figure';
import { DataTable } from '@/components/data-table';
import { numberCell } from './no-value';
import { CHART_COLORS, legendOrder, weekTick } from '@/components/charts';

interface LearningHoursChartProps {
  /** Each with the norm that held in it. */
  weeks: OverviewWeek[];
  /** This week's norm. */
  normHours: number;
}

const formatValue = (value: unknown) => formatNumber(Number(value));
/** The legend keeps this order in every language (recharts sorts by label otherwise). */
const SERIES = ['planned', 'actual', 'norm'] as const;

/** Planned and actual learning hours per week, against the norm that held in each week. */
export function LearningHoursChart({ weeks, normHours }: LearningHoursChartProps) {
  const { t } = useTranslation();
  const points = weeks.map((week) => ({
    label: weekTick(t, week.week),
    planned: week.plannedHours,
    actual: week.actualHours,
    norm: week.normHours,
  }));
  const names = {
    planned: t('overview.charts.hours.planned'),
    actual: t('overview.charts.hours.actual'),
    norm: t('overview.charts.hours.norm'),
  };

  return (
    <ChartFigure
      title={t('overview.charts.hours.title')}
      description={t('overview.charts.hours.description', { count: weeks.length, norm: formatNumber(normHours) })}
      table={
        <DataTable
          caption={t('overview.charts.hours.caption')}
          columns={[t('overview.table.week'), names.planned, names.actual, names.norm]}
          rows={weeks.map((week) => ({
            key: week.week,
            header: t('overview.table.weekLabel', { number: weekNumber(week.week), dates: weekDates(week.week) }),
            cells: [week.plannedHours, week.actualHours, week.normHours].map(numberCell),
          }))}
        />
      }
    >
      <ComposedChart
        data={points}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 280 }}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={formatValue} allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip formatter={formatValue} />
        <Legend itemSorter={legendOrder(SERIES)} />
        <Bar dataKey="planned" name={names.planned} fill={CHART_COLORS.slate} radius={[3, 3, 0, 0]} />
        <Bar dataKey="actual" name={names.actual} fill={CHART_COLORS.teal} radius={[3, 3, 0, 0]} />
        <Line
          dataKey="norm"
          name={names.norm}
          stroke={CHART_COLORS.rust}
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={false}
          type="linear"
        />
      </ComposedChart>
    </ChartFigure>
  );
}
