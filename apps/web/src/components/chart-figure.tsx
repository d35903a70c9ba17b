import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  title: string;
  /** One sentence on what the chart shows. */
  description: string;
  /** The same numbers as a table (components/data-table.tsx). */
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
    <section className="panel chart-figure" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="chart-figure__caption">{description}</p>
      <div className="chart-figure__drawing" aria-hidden="true">
        {children}
      </div>
      <details className="chart-figure__numbers">
        <summary>{t('charts.showNumbers')}</summary>
        {table}
      </details>
    </section>
  );
}
