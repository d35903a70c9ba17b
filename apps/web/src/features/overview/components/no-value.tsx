import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

/** A blank table cell: a dash to the eye, words to a screen reader. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('overview.table.noValue')}</span>
    </>
  );
}

/** A table cell's number, or the blank for a missing one. */
export function numberCell(value: number | null): ReactNode {
  return value === null ? <NoValue /> : formatNumber(value);
}
