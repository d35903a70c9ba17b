import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIRST_ISO_WEEK,
  formatIsoWeek,
  isoWeekOfDate,
  isWithinIsoWeekYears,
  LAST_ISO_WEEK,
  parseIsoWeek,
} from '@vitaal/shared/iso-week';
import { ValidateBy } from 'class-validator';
import { Optional } from './optional';

interface DateRule {
  optional?: boolean;
  /** Null is a value of its own (no date); see Optional. */
  nullable?: boolean;
  description?: string;
  example?: string;
}

const SPAN = `within the weeks ${formatIsoWeek(FIRST_ISO_WEEK)} to ${formatIsoWeek(LAST_ISO_WEEK)}`;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether the UTC day of `instant` lies in a week Vitaal keeps. */
function inKeptWeek(instant: number): boolean {
  const day = new Date(instant);
  return isWithinIsoWeekYears(isoWeekOfDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()));
}

/** A real calendar day (no 30 February) in a week Vitaal keeps. */
function isDate(value: unknown): boolean {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const instant = Date.UTC(year, month - 1, day);
  const date = new Date(instant);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    inKeptWeek(instant)
  );
}

/** A moment whose day is in a week Vitaal keeps in every time zone (a zone shifts the day by at most one). */
function isMoment(value: unknown): boolean {
  // Date.parse reads 30 February as 2 March; PostgreSQL refuses it, so the day is checked on its own.
  if (typeof value !== 'string' || !MOMENT.test(value) || !isDate(value.slice(0, 10))) return false;
  const instant = Date.parse(value);
  return !Number.isNaN(instant) && inKeptWeek(instant - DAY_MS) && inKeptWeek(instant + DAY_MS);
}

/**
 * Dates, moments and weeks are checked here, in full, before a service computes with them or the
 * database parses them: only the one form each, and only in the years the ISO-week helpers cover.
 */
function calendarField(
  rule: DateRule,
  schema: Parameters<typeof ApiProperty>[0],
  name: string,
  test: (value: unknown) => boolean,
  expected: string,
) {
  const documented = {
    ...schema,
    ...(rule.nullable ? { nullable: true } : {}),
    ...(rule.description ? { description: rule.description } : {}),
    ...(rule.example ? { example: rule.example } : {}),
  };
  return applyDecorators(
    rule.optional ? ApiPropertyOptional(documented) : ApiProperty(documented),
    ...(rule.optional ? [Optional({ nullable: rule.nullable })] : []),
    ValidateBy({
      name,
      validator: {
        validate: (value) => (rule.nullable === true && value === null) || test(value),
        defaultMessage: (args) => `${args?.property} must be ${expected}`,
      },
    }),
  );
}

/** A calendar day, `2027-03-31`. */
export const DateField = (rule: DateRule = {}) =>
  calendarField(rule, { type: String, format: 'date' }, 'calendarDate', isDate, `a date like 2027-03-31, ${SPAN}`);

/** A moment with its offset, `2026-11-26T14:00:00+01:00`. */
export const DateTimeField = (rule: DateRule = {}) =>
  calendarField(
    rule,
    { type: String, format: 'date-time' },
    'moment',
    isMoment,
    `a date and time like 2026-11-26T14:00:00+01:00, ${SPAN}`,
  );

/** How a week key is documented; `npm run contracts` types the format `iso-week` as the shared IsoWeekKey. */
const ISO_WEEK_SCHEMA = { type: String, format: 'iso-week', pattern: '^\\d{4}-W\\d{2}$', example: '2026-W48' };

/** An ISO week key, `2026-W48`, in the years Vitaal keeps weeks for. */
export const IsoWeekField = (rule: DateRule = {}) =>
  calendarField(
    rule,
    ISO_WEEK_SCHEMA,
    'isoWeek',
    (value) => typeof value === 'string' && parseIsoWeek(value) !== null,
    `an ISO week like 2026-W48, ${SPAN}`,
  );

/** A week key, or a list of them, in an answer. */
export const IsoWeekProperty = ({ nullable = false, isArray = false, description = '' } = {}) =>
  ApiProperty({
    ...ISO_WEEK_SCHEMA,
    ...(isArray ? { isArray, example: ['2026-W47', '2026-W48'] } : {}),
    ...(nullable ? { nullable } : {}),
    ...(description ? { description } : {}),
  });
