import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '@vitaal/shared/learning-time';

/** The status in words on a tinted background; the colour only adds to the word. */
export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <span className={`lt-badge lt-badge--${status}`}>{t(`learningTime.status.${status}`)}</span>;
}
