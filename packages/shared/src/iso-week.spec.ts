import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  isoWeekKey,
  isoWeekMonday,
  isoWeekOfDate,
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
