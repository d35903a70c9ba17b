import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form-fields';
import { PERIODS, usePeriod } from '../hooks/use-period';

/** The number of weeks the figures cover; the choice is kept in the address. */
export function PeriodSelect() {
  const { t } = useTranslation();
  const [weeks, choose] = usePeriod();
  return (
    <SelectField
      label={t('insights.period.label')}
      value={String(weeks)}
      options={PERIODS.map((count) => ({ value: String(count), label: t('insights.period.weeks', { count }) }))}
      onChange={(event) => choose(Number(event.target.value))}
    />
  );
}
