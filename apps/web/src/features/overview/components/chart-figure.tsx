import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  title: string;
  /** One sentence on what the chart shows. */
  description: string;
  /** The same numbers as a table. */
  table: ReactNode;
  children: ReactNode;
}

/**
 * A chart with its numbers as a table. The drawing is hidden from screen readers, which get the
 * table instead; everyone else can unfold it.
 */
export function ChartFigure({ title, description, table, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="panel overview-chart" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <figure className="overview-chart__figure">
        <figcaption className="overview-chart__caption">{description}</figcaption>
        <div className="overview-chart__drawing" aria-hidden="true">
          {children}
        </div>
        <details className="overview-chart__details">
          <summary>{t('overview.charts.showTable')}</summary>
          {table}
        </details>
      </figure>
    </section>
  );
}
