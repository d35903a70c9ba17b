import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addIsoWeeks, formatIsoWeek, type IsoWeek } from '@vitaal/shared/iso-week';
import { weekNumber } from '@/lib/format';

interface WeekNavProps {
  week: IsoWeek;
  /** The latest week that can be opened (next week), or null while unknown. */
  latest: string | null;
}

/** Back to the list, and to the week before and after; no further ahead than can be planned. */
export function WeekNav({ week, latest }: WeekNavProps) {
  const { t } = useTranslation();
  const previous = formatIsoWeek(addIsoWeeks(week, -1));
  const next = formatIsoWeek(addIsoWeeks(week, 1));
  return (
    <nav className="week-nav" aria-label={t('weeks.nav.label')}>
      <Link to="/weeks">{t('weeks.nav.all')}</Link>
      <div className="week-nav__steps">
        <Link to={`/weeks/${previous}`} rel="prev">
          {t('weeks.nav.previous', { number: weekNumber(previous) })}
        </Link>
        {latest !== null && next <= latest && (
          <Link to={`/weeks/${next}`} rel="next">
            {t('weeks.nav.next', { number: weekNumber(next) })}
          </Link>
        )}
      </div>
    </nav>
  );
}
