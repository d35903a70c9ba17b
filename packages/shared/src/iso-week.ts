/**
 * ISO 8601 weeks: weeks start on Monday and week 1 is the week holding the year's first
 * Thursday, so 29 December can be in week 1 of the next year and 1 January in week 53.
 * Keys look like `2026-W48`.
 */

export type IsoWeekKey = `${number}-W${string}`;

export interface IsoWeek {
  year: number;
  week: number;
}

export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/**
 * The years Vitaal keeps weeks for. The API refuses week keys outside them and the web app never
 * builds one, so no range or loop that a request steers can run away, and the date arithmetic
 * below never leaves the four-digit years it is written for.
 */
export const ISO_WEEK_YEARS = { min: 2000, max: 2100 } as const;

const DAY_MS = 86_400_000;

/** Building a formatter costs far more than using one, so each time zone gets one of each kind. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(kind: 'date' | 'instant', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const time =
      kind === 'instant' ? ({ hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const) : {};
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...time,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The calendar date (year, month 1–12, day) that `instant` has in `timeZone`. */
export function localDate(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = formatterFor('date', timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** ISO week of a calendar date given as year, month (1–12) and day. */
export function isoWeekOfDate(year: number, month: number, day: number): IsoWeek {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of this week decides which year the week belongs to.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const firstDay = Date.UTC(weekYear, 0, 1);
  const week = Math.floor((thursday.getTime() - firstDay) / DAY_MS / 7) + 1;
  return { year: weekYear, week };
}

/** The ISO week key that `instant` falls in, in the given time zone. */
export function isoWeekKey(instant: Date, timeZone: string): IsoWeekKey {
  const { year, month, day } = localDate(instant, timeZone);
  return formatIsoWeek(isoWeekOfDate(year, month, day));
}

export function formatIsoWeek({ year, week }: IsoWeek): IsoWeekKey {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Number of ISO weeks in a year: 53 when 1 January or 31 December is a Thursday. */
export function weeksInIsoYear(year: number): number {
  const isThursday = (month: number, day: number) => new Date(Date.UTC(year, month, day)).getUTCDay() === 4;
  return isThursday(0, 1) || isThursday(11, 31) ? 53 : 52;
}

/** Parses `2026-W48`; returns null for anything that is not a real ISO week. */
export function parseIsoWeek(key: string): IsoWeek | null {
  const match = ISO_WEEK_PATTERN.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < ISO_WEEK_YEARS.min || year > ISO_WEEK_YEARS.max || week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

export function isIsoWeekKey(key: string): key is IsoWeekKey {
  return parseIsoWeek(key) !== null;
}

/** Monday of the ISO week as an ISO date string (`2026-11-23`). */
export function isoWeekMonday({ year, week }: IsoWeek): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayWeek1 = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS;
  return new Date(mondayWeek1 + (week - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The week `count` weeks after (or before, when negative) the given one. */
export function addIsoWeeks(week: IsoWeek, count: number): IsoWeek {
  const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`);
  const shifted = new Date(monday.getTime() + count * 7 * DAY_MS);
  return isoWeekOfDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The first and the last week Vitaal keeps. */
export const FIRST_ISO_WEEK: IsoWeek = { year: ISO_WEEK_YEARS.min, week: 1 };
export const LAST_ISO_WEEK: IsoWeek = { year: ISO_WEEK_YEARS.max, week: weeksInIsoYear(ISO_WEEK_YEARS.max) };

/** Orders weeks by number, not by key: a key's text only sorts right while every year has four digits. */
export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}

/** Orders week keys by the weeks they name; a key that names no kept week sorts before every week. */
export function compareIsoWeekKeys(a: string, b: string): number {
  const [first, second] = [parseIsoWeek(a), parseIsoWeek(b)];
  if (!first || !second) return Number(Boolean(first)) - Number(Boolean(second));
  return compareIsoWeeks(first, second);
}

/** The week itself, or the first or last week kept when week arithmetic has gone past them. */
export function clampIsoWeek(week: IsoWeek): IsoWeek {
  if (compareIsoWeeks(week, FIRST_ISO_WEEK) < 0) return FIRST_ISO_WEEK;
  return compareIsoWeeks(week, LAST_ISO_WEEK) > 0 ? LAST_ISO_WEEK : week;
}

/** Whether the week lies within the years Vitaal keeps (the result of week arithmetic may not). */
export function isWithinIsoWeekYears(week: IsoWeek): boolean {
  return compareIsoWeeks(week, FIRST_ISO_WEEK) >= 0 && compareIsoWeeks(week, LAST_ISO_WEEK) <= 0;
}

/** How many weeks `to` lies after `from` (negative when before), counted without stepping through them. */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): number {
  const monday = (week: IsoWeek) => Date.parse(`${isoWeekMonday(week)}T00:00:00Z`);
  return Math.round((monday(to) - monday(from)) / (7 * DAY_MS));
}

/** Every week key from `from` to `to`, oldest first; empty when `to` lies before `from`. */
export function isoWeekRange(from: IsoWeek, to: IsoWeek): IsoWeekKey[] {
  const count = Math.max(0, isoWeeksBetween(from, to) + 1);
  return Array.from({ length: count }, (_, index) => formatIsoWeek(addIsoWeeks(from, index)));
}

/** The instant at which local midnight starts `isoDate` (`2026-11-23`) in `timeZone`. */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment; a second pass settles days on which the offset changes.
  let instant = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  instant = utcMidnight - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = formatterFor('instant', timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** ISO date of `instant` in `timeZone`. */
export function localIsoDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localDate(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
