import type { TFunction } from 'i18next';
import { ReferenceArea } from 'recharts';
import { provisionalStretch, type ChartWeek } from '../utils/provisional';

/**
 * A shaded band over the weeks still open, behind a chart's series. Called as a function, not used as a
 * component, so the chart sees a ReferenceArea among its children.
 */
export function provisionalArea(t: TFunction, weeks: ChartWeek[]) {
  const stretch = provisionalStretch(t, weeks);
  return (
    stretch && (
      <ReferenceArea
        {...stretch}
        fill="var(--color-muted)"
        fillOpacity={0.12}
        ifOverflow="extendDomain"
        label={{ value: t('insights.provisional.label'), position: 'insideTop', fontSize: 11 }}
      />
    )
  );
}
