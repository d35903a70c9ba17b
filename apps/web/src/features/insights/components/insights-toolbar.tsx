import { ExportLink } from './export-link';
import { PeriodSelect } from './period-select';

/** The period to show and the download of exactly those figures. */
export function InsightsToolbar({ exportHref }: { exportHref: string }) {
  return (
    <div className="insights-toolbar">
      <PeriodSelect />
      <ExportLink href={exportHref} />
    </div>
  );
}
