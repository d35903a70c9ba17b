import { useTranslation } from 'react-i18next';
import type { WeekSummary } from '@vitaal/shared/weeks';

interface WeekStatusProps {
  status: WeekSummary['status'];
  /** The week is not over yet: nothing in it is "missing" so far. */
  open: boolean;
}

/** Draft, submitted or missing, in words; the colour only adds to them. */
export function WeekStatus({ status, open }: WeekStatusProps) {
  const { t } = useTranslation();
  const shown = status === 'missing' && open ? 'notStarted' : status;
  return <span className={`week-status week-status--${shown}`}>{t(`weeks.status.${shown}`)}</span>;
}
