import { useTranslation } from 'react-i18next';

/** A blank table cell: a dash to the eye, words to a screen reader. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="overview-visually-hidden">{t('overview.table.noValue')}</span>
    </>
  );
}
