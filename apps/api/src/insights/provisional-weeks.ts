import { addIsoWeeks, formatIsoWeek, parseIsoWeek, type IsoWeekKey } from '@vitaal/shared/iso-week';
import type { WeekCalendar } from '../weeks/week-calendar';

/**
 * The weeks whose figures are still provisional: this week, and last week while its reflections may still
 * be written (its edit window is open). People reflect at the end of a week or in the one after (the
 * reminder comes on Monday), so until then a low figure says "not yet", not "less".
 */
export function provisionalWeeks(calendar: WeekCalendar): Set<IsoWeekKey> {
  const current = calendar.current();
  const lastWeek = addIsoWeeks(parseIsoWeek(current)!, -1);
  return new Set(calendar.isEditable(lastWeek) ? [formatIsoWeek(lastWeek), current] : [current]);
}
