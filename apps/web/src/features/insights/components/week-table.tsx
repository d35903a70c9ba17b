import type { TeamWeekFigures } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { weekDates, weekNumber } from '@/lib/format';
import { figureColumn, type KeyFigures } from '../utils/figures';
import { DataTable } from '@/components/data-table';
import { FigureValue } from './figure-value';

interface WeekTableProps {
  caption: string;
  weeks: TeamWeekFigures[];
  figures: (keyof KeyFigures)[];
  minGroupSize: number;
}

/** Chosen figures per week, withheld ones with their reason and open weeks marked, as the table beside a chart. */
export function WeekTable({ caption, weeks, figures, minGroupSize }: WeekTableProps) {
  const { t } = useTranslation();
  const columns = figures.map(figureColumn);
  return (
    <DataTable
      className="insights-table insights-table--data"
      caption={caption}
      columns={[t('insights.charts.week'), ...figures.map((key) => t(`insights.figures.${key}`))]}
      rows={weeks.map((week) => ({
        key: week.week,
        header: t(week.provisional ? 'insights.charts.weekLabelProvisional' : 'insights.charts.weekLabel', {
          number: weekNumber(week.week),
          dates: weekDates(week.week),
        }),
        cells: columns.map((column) => (
          <FigureValue
            key={column.key}
            figure={column.shown(week, minGroupSize)}
            format={column.format}
            minGroupSize={minGroupSize}
          />
        )),
      }))}
    />
  );
}
