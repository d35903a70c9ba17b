import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartPanelProps {
  title: string;
  /** One sentence on what the chart shows. */
  description: string;
  /** The same numbers as a table. */
  table: ReactNode;
  children: ReactNode;
}

/** A chart with its numbers: the drawing is hidden from screen readers, which get the table instead. */
export function ChartPanel({ title, description, table, children }: ChartPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="panel insights-chart" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="insights-muted">{description}</p>
      <div className="insights-chart__drawing" aria-hidden="true">
        {children}
      </div>
      <details className="insights-chart__numbers">
        <summary>{t('insights.charts.showNumbers')}</summary>
        {table}
      </details>
    </section>
  );
}
