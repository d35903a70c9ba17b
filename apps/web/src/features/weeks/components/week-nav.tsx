import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addIsoWeeks,
  compareIsoWeekKeys,
  formatIsoWeek,
  isWithinIsoWeekYears,
  type IsoWeek,
} from '@vitaal/shared/iso-week';
import { weekNumber } from '@/lib/format';

interface WeekNavProps {
  week: IsoWeek;
  /** The latest week that can be opened (next week), or null while unknown. */
  latest: string | null;
}

/** A neighbouring week, or null past the first or last week kept (which the API would refuse). */
function neighbour(week: IsoWeek, step: 1 | -1): string | null {
  const next = addIsoWeeks(week, step);
  return isWithinIsoWeekYears(next) ? formatIsoWeek(next) : null;
}

/** Back to the list, and to the week before and after; no further ahead than can be planned. */
export function WeekNav({ week, latest }: WeekNavProps) {
  const { t } = useTranslation();
  const previous = neighbour(week, -1);
  const next = neighbour(week, 1);
  return (
    <nav className="week-nav" aria-label={t('weeks.nav.label')}>
      <Link to="/weeks">{t('weeks.nav.all')}</Link>
      <div className="week-nav__steps">
        {previous !== null && (
          <Link to={`/weeks/${previous}`} rel="prev">
            {t('weeks.nav.previous', { number: weekNumber(previous) })}
          </Link>
        )}
        {latest !== null && next !== null && compareIsoWeekKeys(next, latest) <= 0 && (
          <Link to={`/weeks/${next}`} rel="next">
            {t('weeks.nav.next', { number: weekNumber(next) })}
          </Link>
        )}
      </div>
    </nav>
  );
}
