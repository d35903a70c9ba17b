import { formatIsoWeek, isoWeekOfDate, type IsoWeekKey } from '@vitaal/shared/iso-week';

/**
 * The first week that is kept on `today` (an ISO date): every earlier week ended on or before
 * the date `months` months ago. A day that month lacks (31 March → February) becomes its last day.
 */
export function firstWeekKept(today: string, months: number): IsoWeekKey {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const cutoffYear = Math.floor(monthIndex / 12);
  const cutoffMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(cutoffYear, cutoffMonth, 0)).getUTCDate();
  return formatIsoWeek(isoWeekOfDate(cutoffYear, cutoffMonth, Math.min(day, lastDay)));
}
