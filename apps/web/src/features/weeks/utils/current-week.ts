import { addIsoWeeks, formatIsoWeek, isWithinIsoWeekYears, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { WeekSummary } from '@vitaal/shared/weeks';

/**
 * The current week as the API counts it (in the organisation's time zone): the last of the
 * default list. The browser's clock and time zone could disagree around midnight on Sunday.
 */
export function currentWeekOf(weeks: WeekSummary[] | undefined): string | null {
  return weeks?.at(-1)?.week ?? null;
}

/** The week after `week`: as far ahead as a plan may go; none after the last week kept. */
export function weekAfter(week: string): string | null {
  const parsed = parseIsoWeek(week);
  const next = parsed && addIsoWeeks(parsed, 1);
  return next && isWithinIsoWeekYears(next) ? formatIsoWeek(next) : null;
}
