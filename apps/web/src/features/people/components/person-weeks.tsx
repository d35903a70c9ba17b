import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import type { OthersWeekResponse } from '@vitaal/shared/weeks';
import { weekParts } from '../utils/format';
import { formatNumber } from '@/lib/format';
import { SharedTexts } from './shared-texts';

function Hours({ value }: { value: number | null }) {
  const { t } = useTranslation();
  return value === null ? (
    <span className="people-muted">{t('people.person.noValue')}</span>
  ) : (
    <>{formatNumber(value)}</>
  );
}

/** Twelve weeks at a glance; below the table, the texts of the weeks the person shared. */
export function PersonWeeks({ weeks }: { weeks: OthersWeekResponse[] }) {
  const { t } = useTranslation();
  const newestFirst = [...weeks].reverse();
  const shared = newestFirst.filter((week) => week.texts !== null);
  // L&O staff see submissions and hours only in team figures; the API leaves them out.
  const seesWeeks = weeks.some((week) => week.submitted !== null);
  return (
    <>
      <p className="people-privacy">{seesWeeks ? t('people.person.privacy') : t('people.person.onlyShared')}</p>
      {!seesWeeks && shared.length === 0 && <p>{t('people.person.nothingShared')}</p>}
      {seesWeeks && (
        <TableScroll label={t('people.person.weeksCaption')}>
          <table className="table people-table">
            <caption>{t('people.person.weeksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.person.week')}</th>
                <th scope="col">{t('people.person.submitted')}</th>
                <th scope="col">{t('people.person.planned')}</th>
                <th scope="col">{t('people.person.actual')}</th>
                <th scope="col">{t('people.person.texts')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((week) => (
                <tr key={week.week}>
                  <th scope="row">{t('people.person.weekLabel', weekParts(week.week))}</th>
                  <td>
                    <span className={week.submitted ? 'people-yes' : 'people-no'}>
                      {week.submitted ? t('people.person.yes') : t('people.person.no')}
                    </span>
                  </td>
                  <td>
                    <Hours value={week.plannedHours} />
                  </td>
                  <td>
                    <Hours value={week.actualHours} />
                  </td>
                  <td>
                    {week.texts ? (
                      <a href={`#week-${week.week}`}>{t('people.person.readTexts')}</a>
                    ) : (
                      <span className="people-muted">{t('people.person.notShared')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {shared.length > 0 && (
        <div className="people-texts">
          <h3>{t('people.person.sharedTitle')}</h3>
          {shared.map((week) => (
            <SharedTexts key={week.week} week={week} />
          ))}
        </div>
      )}
    </>
  );
}
