import { useTranslation } from 'react-i18next';

/** A value from a week, or a muted "not filled in". */
export function WeekValue({ value }: { value: string }) {
  const { t } = useTranslation();
  return value === '' ? (
    <span className="week-muted week-empty">{t('weeks.describe.empty')}</span>
  ) : (
    <span className="week-text">{value}</span>
  );
}
