import { parseIsoWeek, type IsoWeek } from '@vitaal/shared/iso-week';
import { ValidationFailed } from '../common/errors/domain-error';
import { WeekCalendar } from './week-calendar';

const AMSTERDAM = 'Europe/Amsterdam';
const week = (key: string): IsoWeek => parseIsoWeek(key)!;
const at = (instant: string, timeZone = AMSTERDAM, windowDays = 14) =>
  new WeekCalendar(timeZone, windowDays, new Date(instant));

/** The field errors a call refuses with, or null when it does not refuse. */
function refusal(call: () => unknown) {
  try {
    call();
    return null;
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.fieldErrors;
  }
}

describe('WeekCalendar', () => {
  it('knows the current week in the organisation’s time zone, not the server’s', () => {
    // Sunday 23:30 UTC is already Monday in Amsterdam.
    expect(at('2026-11-29T23:30:00Z').current()).toBe('2026-W49');
    expect(at('2026-11-29T23:30:00Z', 'UTC').current()).toBe('2026-W48');
  });

  it('closes a week’s edit window at local midnight after the window, and not a moment before', () => {
    // Week 48 runs Monday 23 to Sunday 29 November; 14 days later is Sunday 13 December, ending at midnight CET.
    const closes = new Date('2026-12-13T23:00:00Z');
    expect(at('2026-12-01T12:00:00Z').editableUntil(week('2026-W48'))).toEqual(closes);
    expect(at('2026-12-13T22:59:59.999Z').isEditable(week('2026-W48'))).toBe(true);
    expect(at('2026-12-13T23:00:00Z').isEditable(week('2026-W48'))).toBe(false);
  });

  it('closes at local midnight across the change to summer time', () => {
    // Week 11 of 2026 plus 14 days ends on Sunday 29 March, the night the clocks go forward: midnight is CEST then.
    expect(at('2026-03-20T12:00:00Z').editableUntil(week('2026-W11'))).toEqual(new Date('2026-03-29T22:00:00Z'));
  });

  it('follows the organisation’s window', () => {
    expect(at('2026-11-30T12:00:00Z', AMSTERDAM, 0).isEditable(week('2026-W48'))).toBe(false);
    expect(at('2026-11-29T12:00:00Z', AMSTERDAM, 0).isEditable(week('2026-W48'))).toBe(true);
  });

  it('lets people write in this week and next week, not further ahead', () => {
    const calendar = at('2026-11-25T12:00:00Z');
    expect(calendar.writable('week', '2026-W48')).toEqual(week('2026-W48'));
    expect(calendar.writable('week', '2026-W49')).toEqual(week('2026-W49'));
    expect(calendar.writable('week', '2020-W01')).toEqual(week('2020-W01'));
    expect(refusal(() => calendar.writable('week', '2026-W50'))).toEqual([
      { field: 'week', message: 'is too far ahead: plan at most next week' },
    ]);
  });

  it('names the field of a week key that is no ISO week, or one outside the years kept', () => {
    const calendar = at('2026-11-25T12:00:00Z');
    for (const key of ['nonsense', '2026-W54', '2026-48', '1999-W10', '2101-W01']) {
      expect(refusal(() => calendar.parse('from', key))).toEqual([
        { field: 'from', message: expect.stringMatching(/^from must be an ISO week like 2026-W48/) },
      ]);
    }
  });

  it('lists a range of weeks across a year end, and refuses one backwards or too long', () => {
    const calendar = at('2026-11-25T12:00:00Z');
    expect(calendar.range(week('2026-W52'), week('2027-W01'), 53)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(calendar.range(week('2026-W10'), week('2026-W10'), 1)).toEqual(['2026-W10']);
    expect(refusal(() => calendar.range(week('2026-W11'), week('2026-W10'), 53))).toEqual([
      { field: 'from', message: 'must not be after to' },
    ]);
    expect(refusal(() => calendar.range(week('2026-W01'), week('2026-W03'), 2))).toEqual([
      { field: 'from', message: 'the range may span at most 2 weeks' },
    ]);
  });
});
