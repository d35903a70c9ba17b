import {
  addIsoWeeks,
  clampIsoWeek,
  formatIsoWeek,
  isoWeekKey,
  isoWeekMonday,
  isoWeekRange,
  LAST_ISO_WEEK,
  parseIsoWeek,
  type IsoWeekKey,
} from '@vitaal/shared/iso-week';

const DAY_MS = 86_400_000;

/**
 * This week by the browser's clock and time zone. The API counts in the organisation's zone;
 * the two can only disagree around midnight on Sunday, and then the API says so on the field.
 */
export function currentWeek(now = new Date()): IsoWeekKey {
  return isoWeekKey(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The week `count` weeks after `key` (before, when negative), stopping at the first and last week kept. */
export function shiftWeek(key: IsoWeekKey, count: number): IsoWeekKey {
  const week = parseIsoWeek(key);
  return week ? formatIsoWeek(clampIsoWeek(addIsoWeeks(week, count))) : key;
}

/** `count` consecutive weeks starting with `first`; fewer when the last week kept comes sooner. */
export function weeksFrom(first: IsoWeekKey, count: number): IsoWeekKey[] {
  const week = parseIsoWeek(first);
  return week ? isoWeekRange(week, clampIsoWeek(addIsoWeeks(week, count - 1))) : [];
}

/** The latest first week from which `count` weeks still end by the last week kept. */
export function latestStartFor(count: number): IsoWeekKey {
  return formatIsoWeek(addIsoWeeks(LAST_ISO_WEEK, 1 - count));
}

/** Monday to Sunday of the week, as ISO dates. */
export function daysOf(key: string): string[] {
  const week = parseIsoWeek(key);
  if (!week) return [];
  const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`).getTime();
  return Array.from({ length: 7 }, (_, index) => new Date(monday + index * DAY_MS).toISOString().slice(0, 10));
}

export function weekYear(key: string): number | undefined {
  return parseIsoWeek(key)?.year;
}
