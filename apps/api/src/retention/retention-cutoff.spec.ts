import { firstWeekKept } from './retention-cutoff';

describe('firstWeekKept', () => {
  it('keeps the week in which the date the given months ago falls', () => {
    // 2024-11-30 is a Saturday in 2024-W48.
    expect(firstWeekKept('2026-11-30', 24)).toBe('2024-W48');
    expect(firstWeekKept('2026-11-30', 6)).toBe('2026-W22');
  });

  it('counts back across years', () => {
    // 2025-12-15 is a Monday in 2025-W51.
    expect(firstWeekKept('2026-03-15', 3)).toBe('2025-W51');
    expect(firstWeekKept('2026-01-10', 120)).toBe('2016-W01');
  });

  it('takes the last day of a shorter month', () => {
    // 31 August minus six months: 28 February 2026, a Saturday in 2026-W09.
    expect(firstWeekKept('2026-08-31', 6)).toBe('2026-W09');
  });
});
