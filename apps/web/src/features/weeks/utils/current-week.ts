import { addIsoWeeks, formatIsoWeek, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { WeekSummary } from '@vitaal/shared/weeks';

/**
 * The current week as the API counts it (in the organisation's time zone): the last of the
 * default list. The browser's clock and time zone could disagree around midnight on Sunday.
 */
export function currentWeekOf(weeks: WeekSummary[] | undefined): string | null {
  return weeks?.at(-1)?.week ?? null;
}

/** The week after `week`: as far ahead as a plan may go. */
export function weekAfter(week: string): string | null {
  const parsed = parseIsoWeek(week);
  return parsed ? formatIsoWeek(addIsoWeeks(parsed, 1)) : null;
}
