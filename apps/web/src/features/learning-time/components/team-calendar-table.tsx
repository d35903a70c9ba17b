import { useTranslation } from 'react-i18next';
import type { TeamCalendarWeek } from '@vitaal/shared/learning-time';
import { parseIsoWeek } from '@vitaal/shared/iso-week';
import { currentLocale } from '@/lib/i18n';
import { formatDay, formatHours } from '../utils/format';
import { daysOf } from '../utils/weeks';
import { TableScroll } from '@/components/table-scroll';

interface Person {
  id: string;
  name: string;
  /** Approved hours per week key. */
  hours: Map<string, number>;
}

/** One row per person with approved learning time in these weeks, their hours summed per week. */
function peopleOf(weeks: TeamCalendarWeek[]): Person[] {
  const people = new Map<string, Person>();
  for (const { week, entries } of weeks) {
    for (const entry of entries) {
      const person = people.get(entry.userId) ?? {
        id: entry.userId,
        name: entry.displayName,
        hours: new Map<string, number>(),
      };
      person.hours.set(week, (person.hours.get(week) ?? 0) + entry.hours);
      people.set(entry.userId, person);
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function Hours({ value }: { value: number }) {
  const { t } = useTranslation();
  // An empty cell reads as nothing; the dash is only for the eye.
  return value > 0 ? <>{formatHours(t, value)}</> : <span aria-hidden="true">–</span>;
}

export function TeamCalendarTable({ weeks, teamName }: { weeks: TeamCalendarWeek[]; teamName: string }) {
  const { t } = useTranslation();
  const people = peopleOf(weeks);
  const caption = t('learningTime.teamCalendar.caption', { team: teamName });
  return (
    <TableScroll label={caption}>
      <table className="table lt-table lt-calendar">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('learningTime.teamCalendar.person')}</th>
            {weeks.map(({ week }) => (
              <th key={week} scope="col">
                <span className="lt-cell-line">
                  {t('learningTime.teamCalendar.weekHeader', { number: parseIsoWeek(week)?.week })}
                </span>
                {/* Only the Monday: eight full date ranges make the table too wide to read. */}
                <span className="lt-cell-line lt-calendar__dates">{formatDay(daysOf(week)[0]!, 'short')}</span>
              </th>
            ))}
            <th scope="col">{t('learningTime.teamCalendar.total')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              {weeks.map(({ week }) => (
                <td key={week}>
                  <Hours value={person.hours.get(week) ?? 0} />
                </td>
              ))}
              <td>
                <Hours value={sum([...person.hours.values()])} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('learningTime.teamCalendar.total')}</th>
            {weeks.map(({ week, entries }) => (
              <td key={week}>
                <Hours value={sum(entries.map((entry) => entry.hours))} />
              </td>
            ))}
            <td>
              <Hours value={sum(weeks.flatMap(({ entries }) => entries.map((entry) => entry.hours)))} />
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
