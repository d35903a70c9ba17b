import type { TeamWeekFigures } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-figure';
import { chartWeekLabel } from '../utils/provisional';
import { provisionalArea } from './provisional-area';
import { WeekTable } from './week-table';
import { CHART_COLORS, formatPercentTick, legendOrder } from '@/components/charts';

const SERIES = ['plans', 'reflections'];

/** How many members planned their week and submitted their reflection, week by week. */
export function ParticipationChart({ weeks, minGroupSize }: { weeks: TeamWeekFigures[]; minGroupSize: number }) {
  const { t } = useTranslation();
  const points = weeks.map((week) => ({
    label: chartWeekLabel(t, week),
    plans: week.plansFilledPct,
    reflections: week.reflectionsSubmittedPct,
  }));
  return (
    <ChartFigure
      title={t('insights.charts.participation.title')}
      description={t('insights.charts.participation.description')}
      table={
        <WeekTable
          caption={t('insights.charts.participation.title')}
          weeks={weeks}
          figures={['members', 'plansFilledPct', 'reflectionsSubmittedPct']}
          minGroupSize={minGroupSize}
        />
      }
    >
      <LineChart
        data={points}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 260 }}
        margin={{ top: 8, right: 12, bottom: 0, left: -8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {provisionalArea(t, weeks)}
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} tickFormatter={formatPercentTick} tick={{ fontSize: 12 }} />
        <Tooltip formatter={formatPercentTick} />
        <Legend itemSorter={legendOrder(SERIES)} />
        <Line
          dataKey="plans"
          name={t('insights.figures.plansFilledPct')}
          stroke={CHART_COLORS.slate}
          strokeWidth={2}
          strokeDasharray="6 4"
          type="linear"
          isAnimationActive={false}
        />
        <Line
          dataKey="reflections"
          name={t('insights.figures.reflectionsSubmittedPct')}
          stroke={CHART_COLORS.teal}
          strokeWidth={2}
          type="linear"
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  );
}
