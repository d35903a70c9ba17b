import type { TeamWeekFigures } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/section';
import { formatNumber, weekNumber } from '@/lib/format';
import { FIGURE_COLUMNS, type FigureColumn, type KeyFigures } from '../utils/figures';
import { periodFigures } from '../utils/period';
import { FigureValue } from './figure-value';

/** The norm is not a card of its own: it is what the learned hours are measured against. */
const CARDS = FIGURE_COLUMNS.filter((column) => column.key !== 'normHours');

/** Each key figure over the whole period, with the latest week's beneath it. */
export function KeyFigureCards({ weeks, minGroupSize }: { weeks: TeamWeekFigures[]; minGroupSize: number }) {
  const { t } = useTranslation();
  const period = periodFigures(weeks);
  const latest = weeks.at(-1)!;
  const value = (column: FigureColumn, figures: KeyFigures) => (
    <FigureValue figure={column.shown(figures, minGroupSize)} format={column.format} minGroupSize={minGroupSize} />
  );
  return (
    <Section title={t('insights.cards.title')}>
      <p className="insights-muted">
        {t('insights.cards.intro', { count: weeks.length, number: weekNumber(latest.week) })}
      </p>
      <dl className="insights-cards">
        {CARDS.map((column) => (
          <div key={column.key} className="insights-card">
            <dt>{t(`insights.figures.${column.key}`)}</dt>
            <dd className="insights-card__value">{value(column, period)}</dd>
            {column.key === 'actualHours' && (
              <dd className="insights-card__detail">
                {t('insights.cards.norm', { hours: formatNumber(period.normHours) })}
              </dd>
            )}
            <dd className="insights-card__detail">
              {t(latest.provisional ? 'insights.cards.weekProvisional' : 'insights.cards.week', {
                number: weekNumber(latest.week),
              })}{' '}
              {value(column, latest)}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
