import { parseIsoWeek } from '@vitaal/shared/iso-week';
import { weekDates } from '@/lib/format';

/** "Week 47 (16–22 nov.)": the number and the days of the week, for headings and row labels. */
export function weekParts(key: string): { number: number; dates: string } {
  const week = parseIsoWeek(key);
  if (!week) return { number: 0, dates: key };
  return { number: week.week, dates: weekDates(key) };
}
