import type { TeamWeekFigures } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-figure';
import { chartWeekLabel } from '../utils/provisional';
import { provisionalArea } from './provisional-area';
import { WeekTable } from './week-table';
import { CHART_COLORS, formatTick, legendOrder } from '@/components/charts';

const SCORES = [1, 2, 3, 4, 5];
const SERIES = ['energy', 'climate', 'workload'];

/** The team's average energy, work climate and workload; a withheld week is a gap in the line. */
export function WellbeingChart({ weeks, minGroupSize }: { weeks: TeamWeekFigures[]; minGroupSize: number }) {
  const { t } = useTranslation();
  const points = weeks.map((week) => ({
    label: chartWeekLabel(t, week),
    energy: week.energy.value,
    climate: week.climate.value,
    workload: week.workload.value,
  }));
  return (
    <ChartFigure
      title={t('insights.charts.wellbeing.title')}
      description={t('insights.charts.wellbeing.description', { min: minGroupSize })}
      table={
        <WeekTable
          caption={t('insights.charts.wellbeing.title')}
          weeks={weeks}
          figures={['energy', 'climate', 'workload']}
          minGroupSize={minGroupSize}
        />
      }
    >
      <LineChart
        data={points}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 260 }}
        margin={{ top: 8, right: 12, bottom: 0, left: -24 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {provisionalArea(t, weeks)}
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[1, 5]} ticks={SCORES} tick={{ fontSize: 12 }} />
        <Tooltip formatter={formatTick} />
        <Legend itemSorter={legendOrder(SERIES)} />
        <Line
          dataKey="energy"
          name={t('insights.figures.energy')}
          stroke={CHART_COLORS.teal}
          strokeWidth={2}
          type="linear"
          isAnimationActive={false}
        />
        <Line
          dataKey="climate"
          name={t('insights.figures.climate')}
          stroke={CHART_COLORS.purple}
          strokeWidth={2}
          strokeDasharray="6 4"
          type="linear"
          isAnimationActive={false}
        />
        <Line
          dataKey="workload"
          name={t('insights.figures.workload')}
          stroke={CHART_COLORS.rust}
          strokeWidth={2}
          strokeDasharray="2 3"
          type="linear"
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  );
}
