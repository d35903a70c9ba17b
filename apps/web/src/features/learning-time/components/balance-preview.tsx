import { useTranslation } from 'react-i18next';
import type { LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { useBalance } from '../api/get-balance';
import { formatNumber } from '@/lib/format';
import { weekYear } from '../utils/weeks';
import { hoursField, parseHours } from './request-form-schema';

interface BalancePreviewProps {
  week: string;
  /** The hours as typed; nothing is shown until they are a valid number. */
  hours: string;
  /** The request being changed: its hours already count in the balance. */
  original?: LearningTimeRequestResponse;
}

/** "After this request you have asked X of Y hours": a warning beyond the norm, never a block. */
export function BalancePreview({ week, hours, original }: BalancePreviewProps) {
  const { t } = useTranslation();
  const year = weekYear(week);
  const valid = hoursField.safeParse(hours).success;
  // The norm is per year: a week in January counts against that year's balance.
  const balance = useBalance({ year }, { enabled: year !== undefined });

  let text = '';
  let beyond = false;
  if (valid && balance.data && year !== undefined) {
    const alreadyCounted = original && weekYear(original.week) === year ? original.hours : 0;
    const requested = balance.data.year.requested - alreadyCounted + parseHours(hours);
    const { norm } = balance.data.year;
    beyond = requested > norm;
    const values = {
      year,
      requested: formatNumber(requested),
      norm: formatNumber(norm),
      over: formatNumber(requested - norm),
    };
    text = beyond ? t('learningTime.preview.beyond', values) : t('learningTime.preview.within', values);
  }
  // Always in the page, so screen readers hear the new total as the hours change.
  return (
    <p className={`lt-preview${beyond ? ' lt-preview--beyond' : ''}`} aria-live="polite">
      {text}
    </p>
  );
}
