import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { OverviewPanel } from './overview-panel';

/** Consecutive submitted weeks: the rhythm of planning and reflecting, made visible. */
export function StreakPanel({ streak }: { streak: number }) {
  const { t } = useTranslation();
  return (
    <OverviewPanel title={t('overview.streak.title')} className="overview-streak">
      <p className="overview-streak__count">
        <span className="overview-streak__number">{formatNumber(streak)}</span>{' '}
        {t('overview.streak.weeks', { count: streak })}
      </p>
      <p className="overview-streak__hint">
        {streak === 0 ? t('overview.streak.start') : t('overview.streak.keepGoing')}
      </p>
    </OverviewPanel>
  );
}
