import {
  addIsoWeeks,
  compareIsoWeeks,
  FIRST_ISO_WEEK,
  formatIsoWeek,
  isoWeekKey,
  isoWeekMonday,
  isoWeekRange,
  isoWeeksBetween,
  LAST_ISO_WEEK,
  parseIsoWeek,
  startOfLocalDay,
  type IsoWeek,
  type IsoWeekKey,
} from '@vitaal/shared/iso-week';
import { ValidationFailed } from '../common/errors/domain-error';

const DAY_MS = 86_400_000;

/**
 * Week arithmetic in one organisation's time zone and edit window, at one moment. Time-zone lookups
 * are costly, so their answers are kept for the life of the instance (one request).
 */
export class WeekCalendar {
  private currentWeek?: IsoWeekKey;
  private readonly closing = new Map<IsoWeekKey, Date>();

  constructor(
    private readonly timeZone: string,
    private readonly editWindowDays: number,
    private readonly now: Date = new Date(),
  ) {}

  current(): IsoWeekKey {
    return (this.currentWeek ??= isoWeekKey(this.now, this.timeZone));
  }

  /** A week the person may write in: a real ISO week, at most next week. */
  writable(field: string, key: string): IsoWeek {
    const week = this.parse(field, key);
    if (compareIsoWeeks(week, addIsoWeeks(parseIsoWeek(this.current())!, 1)) > 0) {
      throw new ValidationFailed([{ field, message: 'is too far ahead: plan at most next week' }]);
    }
    return week;
  }

  parse(field: string, key: string): IsoWeek {
    const week = parseIsoWeek(key);
    if (!week) {
      const span = `${formatIsoWeek(FIRST_ISO_WEEK)} to ${formatIsoWeek(LAST_ISO_WEEK)}`;
      throw new ValidationFailed([{ field, message: `${field} must be an ISO week like 2026-W48, within ${span}` }]);
    }
    return week;
  }

  /** The end of the edit window: the week's last day plus the organisation's window, local time. */
  editableUntil(week: IsoWeek): Date {
    const key = formatIsoWeek(week);
    let until = this.closing.get(key);
    if (!until) {
      const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`);
      const closingDay = new Date(monday.getTime() + (7 + this.editWindowDays) * DAY_MS).toISOString().slice(0, 10);
      until = startOfLocalDay(closingDay, this.timeZone);
      this.closing.set(key, until);
    }
    return until;
  }

  isEditable(week: IsoWeek): boolean {
    return this.now < this.editableUntil(week);
  }

  /**
   * Every week key from `from` to `to`, oldest first, for at most `maxWeeks` weeks. The span is
   * counted before a single week is listed, so no range a request names can make it run long.
   */
  range(from: IsoWeek, to: IsoWeek, maxWeeks: number): IsoWeekKey[] {
    const weeks = isoWeeksBetween(from, to) + 1;
    if (weeks < 1) throw new ValidationFailed([{ field: 'from', message: 'must not be after to' }]);
    if (weeks > maxWeeks)
      throw new ValidationFailed([{ field: 'from', message: `the range may span at most ${maxWeeks} weeks` }]);
    return isoWeekRange(from, to);
  }
}
