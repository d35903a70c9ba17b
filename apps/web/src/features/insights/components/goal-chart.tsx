import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import { ChartFigure } from '@/components/chart-figure';
import { DataTable } from '@/components/data-table';
import { CHART_COLORS, formatTick } from '@/components/charts';

interface GoalChartProps {
  title: string;
  description: string;
  /** What each bar stands for, in the order shown. */
  bars: { key: string; label: string; count: number }[];
}

/** Goals counted per kind, as horizontal bars so long labels stay readable on a phone. */
export function GoalChart({ title, description, bars }: GoalChartProps) {
  const { t } = useTranslation();
  return (
    <ChartFigure
      title={title}
      description={description}
      table={
        <DataTable
          className="insights-table insights-table--data"
          caption={title}
          columns={[t('insights.charts.goals.kind'), t('insights.charts.goals.count')]}
          rows={bars.map((bar) => ({ key: bar.key, header: bar.label, cells: [formatNumber(bar.count)] }))}
        />
      }
    >
      <BarChart
        data={bars}
        layout="vertical"
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 40 + bars.length * 34 }}
        margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={formatTick} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
        <Tooltip formatter={formatTick} />
        <Bar
          dataKey="count"
          name={t('insights.charts.goals.count')}
          fill={CHART_COLORS.teal}
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFigure>
  );
}
