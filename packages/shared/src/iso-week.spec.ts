import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  clampIsoWeek,
  compareIsoWeekKeys,
  compareIsoWeeks,
  FIRST_ISO_WEEK,
  isoWeekKey,
  isoWeekMonday,
  isoWeekOfDate,
  isoWeekRange,
  isoWeeksBetween,
  isWithinIsoWeekYears,
  LAST_ISO_WEEK,
  localIsoDate,
  parseIsoWeek,
  startOfLocalDay,
  weeksInIsoYear,
} from './iso-week.js';

describe('ISO weeks', () => {
  it('puts the last days of December in week 1 of the next year when that week holds its Thursday', () => {
    expect(isoWeekOfDate(2024, 12, 30)).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDate(2025, 12, 29)).toEqual({ year: 2026, week: 1 });
  });

  it('puts the first days of January in week 53 of the year before', () => {
    expect(isoWeekOfDate(2021, 1, 3)).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOfDate(2027, 1, 1)).toEqual({ year: 2026, week: 53 });
  });

  it('knows which years have 53 weeks', () => {
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeNull();
  });

  it('rejects keys that are not ISO weeks', () => {
    for (const bad of ['2026-W00', '2026-W5', '2026W48', '26-W48', '2026-w48', '']) {
      expect(parseIsoWeek(bad)).toBeNull();
    }
  });

  it('computes the week in the organisation time zone, not in UTC', () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam (winter time).
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(isoWeekKey(instant, 'UTC')).toBe('2026-W47');
    expect(isoWeekKey(instant, 'Europe/Amsterdam')).toBe('2026-W48');
  });

  it('finds the Monday of a week and steps across year boundaries', () => {
    expect(isoWeekMonday({ year: 2026, week: 48 })).toBe('2026-11-23');
    expect(isoWeekMonday({ year: 2026, week: 1 })).toBe('2025-12-29');
    expect(addIsoWeeks({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
    expect(addIsoWeeks({ year: 2027, week: 1 }, -1)).toEqual({ year: 2026, week: 53 });
  });
});

describe('the years Vitaal keeps weeks for', () => {
  it('accepts weeks from 2000 to 2100 and refuses every key outside them', () => {
    expect(parseIsoWeek('2000-W01')).toEqual(FIRST_ISO_WEEK);
    expect(parseIsoWeek('2100-W52')).toEqual(LAST_ISO_WEEK);
    expect(parseIsoWeek('2000-W01')).not.toBeNull();
    for (const outside of ['2100-W53', '1999-W52', '1970-W01', '0000-W01', '2101-W01', '9999-W52', '10000-W01']) {
      expect(parseIsoWeek(outside)).toBeNull();
    }
  });

  it('tells whether week arithmetic has left those years', () => {
    expect(isWithinIsoWeekYears(addIsoWeeks(LAST_ISO_WEEK, 1))).toBe(false);
    expect(isWithinIsoWeekYears(addIsoWeeks(FIRST_ISO_WEEK, -1))).toBe(false);
    expect(isWithinIsoWeekYears({ year: 2026, week: 48 })).toBe(true);
  });

  it('orders weeks by number, also where their keys would sort wrongly as text', () => {
    expect(compareIsoWeeks({ year: 10000, week: 1 }, { year: 9999, week: 52 })).toBeGreaterThan(0);
    expect(compareIsoWeeks({ year: 2026, week: 9 }, { year: 2026, week: 10 })).toBeLessThan(0);
    expect(compareIsoWeeks({ year: 2026, week: 48 }, { year: 2026, week: 48 })).toBe(0);
  });

  it('orders week keys as weeks, and keys that name no kept week first', () => {
    const keys = ['2026-W10', '2026-W09', 'nonsense', '2100-W52', '2000-W01', '9999-W52'];
    expect([...keys].sort(compareIsoWeekKeys).slice(2)).toEqual(['2000-W01', '2026-W09', '2026-W10', '2100-W52']);
    expect(compareIsoWeekKeys('2026-W48', '2026-W48')).toBe(0);
  });

  it('brings week arithmetic that went past the first or last week back to it', () => {
    expect(clampIsoWeek(addIsoWeeks(FIRST_ISO_WEEK, -8))).toEqual(FIRST_ISO_WEEK);
    expect(clampIsoWeek(addIsoWeeks(LAST_ISO_WEEK, 8))).toEqual(LAST_ISO_WEEK);
    expect(clampIsoWeek({ year: 2026, week: 48 })).toEqual({ year: 2026, week: 48 });
  });

  it('counts the weeks between two weeks without stepping through them', () => {
    expect(isoWeeksBetween({ year: 2026, week: 1 }, { year: 2026, week: 53 })).toBe(52);
    expect(isoWeeksBetween({ year: 2027, week: 1 }, { year: 2026, week: 53 })).toBe(-1);
    let weeks = 0;
    for (let year = FIRST_ISO_WEEK.year; year <= LAST_ISO_WEEK.year; year++) weeks += weeksInIsoYear(year);
    expect(isoWeeksBetween(FIRST_ISO_WEEK, LAST_ISO_WEEK)).toBe(weeks - 1);
  });

  it('lists a range of weeks across a year with 53 weeks, and nothing for a reversed one', () => {
    expect(isoWeekRange({ year: 2026, week: 52 }, { year: 2027, week: 2 })).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(isoWeekRange({ year: 2027, week: 2 }, { year: 2026, week: 52 })).toEqual([]);
    expect(isoWeekRange(LAST_ISO_WEEK, LAST_ISO_WEEK)).toEqual(['2100-W52']);
  });
});

describe('local days', () => {
  it('finds when a day starts in a time zone, in winter and in summer time', () => {
    expect(startOfLocalDay('2026-11-23', 'Europe/Amsterdam').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-06', 'Europe/Amsterdam').toISOString()).toBe('2026-07-05T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-11-23', 'UTC').toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('gives the local date of an instant', () => {
    expect(localIsoDate(new Date('2026-11-22T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-11-23');
    expect(localIsoDate(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-11-22');
  });
});
