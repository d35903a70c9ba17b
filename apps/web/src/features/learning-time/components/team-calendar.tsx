import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  compareIsoWeekKeys,
  FIRST_ISO_WEEK,
  formatIsoWeek,
  isIsoWeekKey,
  ISO_WEEK_YEARS,
  type IsoWeekKey,
} from '@vitaal/shared/iso-week';
import { EmptyState } from '@/components/empty-state';
import { SelectField } from '@/components/form-fields';
import { useTeamCalendar } from '../api/get-team-calendar';
import type { TeamChoice } from '../hooks/use-team-choices';
import { weekLabel } from '../utils/format';
import { currentWeek, latestStartFor, shiftWeek } from '../utils/weeks';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { TeamCalendarTable } from './team-calendar-table';

const WEEKS_SHOWN = 8;
/** The API keeps weeks from 2000-W01 to 2100-W52; the eight weeks shown stay within them. */
const EARLIEST_START = formatIsoWeek(FIRST_ISO_WEEK);
const LATEST_START = latestStartFor(WEEKS_SHOWN);
const withinKept = (from: IsoWeekKey) => (compareIsoWeekKeys(from, LATEST_START) > 0 ? LATEST_START : from);

/** One team's approved learning time, eight weeks at a time. */
export function TeamCalendar({ teams }: { teams: [TeamChoice, ...TeamChoice[]] }) {
  const { t } = useTranslation();
  // Team and weeks live in the address, so the back button and a shared link show the same calendar.
  const [params, setParams] = useSearchParams();
  const team = teams.find((choice) => choice.id === params.get('team')) ?? teams[0];
  const fromParam = params.get('from') ?? '';
  const from = withinKept(isIsoWeekKey(fromParam) ? fromParam : currentWeek());
  const calendar = useTeamCalendar({ teamId: team.id, from, weeks: WEEKS_SHOWN });

  const show = (changes: { team?: string; from?: string }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next);
  };

  return (
    <Section className="panel" title={team.name}>
      <div className="lt-filters">
        {teams.length > 1 && (
          <SelectField
            label={t('learningTime.teamCalendar.team')}
            value={team.id}
            options={teams.map((choice) => ({ value: choice.id, label: choice.name }))}
            onChange={(event) => show({ team: event.target.value })}
          />
        )}
        <nav className="lt-week-nav" aria-label={t('learningTime.teamCalendar.weeksNav')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={from === EARLIEST_START}
            onClick={() => show({ from: shiftWeek(from, -WEEKS_SHOWN) })}
          >
            {t('learningTime.teamCalendar.previous')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => show({ from: currentWeek() })}>
            {t('learningTime.teamCalendar.thisWeek')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={from === LATEST_START}
            onClick={() => show({ from: withinKept(shiftWeek(from, WEEKS_SHOWN)) })}
          >
            {t('learningTime.teamCalendar.next')}
          </button>
        </nav>
      </div>
      <p role="status" className="lt-muted">
        {t('learningTime.teamCalendar.range', {
          from: weekLabel(t, from),
          to: weekLabel(t, shiftWeek(from, WEEKS_SHOWN - 1)),
        })}
      </p>
      <QueryResult
        query={calendar}
        invalidMessage={t('errors.outsideWeeksKept', { first: ISO_WEEK_YEARS.min, last: ISO_WEEK_YEARS.max })}
      >
        {(weeks) =>
          weeks.some((week) => week.entries.length > 0) ? (
            <TeamCalendarTable weeks={weeks} teamName={team.name} />
          ) : (
            <EmptyState title={t('learningTime.teamCalendar.empty', { team: team.name })} />
          )
        }
      </QueryResult>
    </Section>
  );
}
