import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addIsoWeeks, formatIsoWeek, isWithinIsoWeekYears, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { MyOverviewResponse } from '@vitaal/shared/weeks';
import { weekNumber } from '@/lib/format';
import { OverviewPanel } from './overview-panel';

/** What still needs doing: last week's reflection, a goal to learn towards. */
export function OpenItems({ overview }: { overview: MyOverviewResponse }) {
  const { t } = useTranslation();
  const current = parseIsoWeek(overview.currentWeek);
  const previous = current && addIsoWeeks(current, -1);
  const lastWeek = previous && isWithinIsoWeekYears(previous) ? formatIsoWeek(previous) : null;

  const items = [
    overview.lastWeekMissing &&
      lastWeek && {
        key: 'last-week',
        text: t('overview.openItems.lastWeek', { number: weekNumber(lastWeek) }),
        to: `/weeks/${lastWeek}`,
        action: t('overview.openItems.lastWeekAction'),
      },
    !overview.hasActiveGoal && {
      key: 'goal',
      text: t('overview.openItems.noActiveGoal'),
      to: '/goals/new',
      action: t('overview.openItems.noActiveGoalAction'),
    },
  ].filter((item) => !!item);

  return (
    <OverviewPanel title={t('overview.openItems.title')} className="overview-open">
      {items.length === 0 ? (
        <p className="overview-open__none">{t('overview.openItems.none')}</p>
      ) : (
        <ul className="overview-open__list">
          {items.map((item) => (
            <li key={item.key}>
              <span>{item.text}</span> <Link to={item.to}>{item.action}</Link>
            </li>
          ))}
        </ul>
      )}
    </OverviewPanel>
  );
}
