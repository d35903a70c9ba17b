import { useTranslation } from 'react-i18next';
import type { GoalStatus } from '@vitaal/shared/goals';

export function StatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  return <span className={`goal-status goal-status--${status}`}>{t(`goals.status.${status}`)}</span>;
}
