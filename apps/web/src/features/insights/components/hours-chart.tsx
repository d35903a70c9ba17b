import type { TeamWeekFigures } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-figure';
import { chartWeekLabel } from '../utils/provisional';
import { provisionalArea } from './provisional-area';
import { WeekTable } from './week-table';
import { CHART_COLORS, formatTick, legendOrder } from '@/components/charts';

const SERIES = ['planned', 'approved', 'actual', 'norm'];

/** The team's learning hours per week, planned, approved and learned, against the team's weekly norm. */
export function HoursChart({ weeks, minGroupSize }: { weeks: TeamWeekFigures[]; minGroupSize: number }) {
  const { t } = useTranslation();
  const points = weeks.map((week) => ({
    label: chartWeekLabel(t, week),
    planned: week.plannedHours,
    approved: week.approvedHours,
    actual: week.actualHours,
    norm: week.normHours,
  }));
  return (
    <ChartFigure
      title={t('insights.charts.hours.title')}
      description={t('insights.charts.hours.description')}
      table={
        <WeekTable
          caption={t('insights.charts.hours.title')}
          weeks={weeks}
          figures={['plannedHours', 'approvedHours', 'actualHours', 'normHours']}
          minGroupSize={minGroupSize}
        />
      }
    >
      <ComposedChart
        data={points}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 280 }}
        margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {provisionalArea(t, weeks)}
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={formatTick} tick={{ fontSize: 12 }} />
        <Tooltip formatter={formatTick} />
        <Legend itemSorter={legendOrder(SERIES)} />
        <Bar
          dataKey="planned"
          name={t('insights.figures.plannedHours')}
          fill={CHART_COLORS.slate}
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="approved"
          name={t('insights.figures.approvedHours')}
          fill={CHART_COLORS.purple}
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="actual"
          name={t('insights.figures.actualHours')}
          fill={CHART_COLORS.teal}
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
        <Line
          dataKey="norm"
          name={t('insights.figures.normHours')}
          stroke={CHART_COLORS.rust}
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={false}
          type="linear"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
