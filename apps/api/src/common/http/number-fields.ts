import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { Optional } from './optional';

interface NumberRule {
  min: number;
  max: number;
  optional?: boolean;
  /** Null is a value of its own (not filled in); see Optional. */
  nullable?: boolean;
  /** A query parameter arrives as text: digits only become a number, anything else stays text and is refused. */
  inQuery?: boolean;
  description?: string;
  default?: number;
}

/** Query text that is a plain whole number (no exponent, no hex, no spaces), as a number. */
const wholeNumberFromQuery = Transform(({ value }) =>
  typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value,
);

/**
 * Whether `value` is a whole multiple of 1/scale. Checked by arithmetic, not by printing the number
 * (1e-7 prints without a decimal point); a tiny non-zero value is no multiple even if it rounds to one.
 */
function inSteps(value: number, scale: number): boolean {
  if (scale === 1) return Number.isInteger(value);
  const steps = Math.round(value * scale);
  return Math.abs(value * scale - steps) < 1e-9 && (steps !== 0 || value === 0);
}

function numberField(rule: NumberRule, decimals: number) {
  const { min, max } = rule;
  const scale = 10 ** decimals;
  const kind =
    decimals === 0
      ? 'a whole number'
      : `a number with at most ${decimals === 1 ? 'one decimal' : `${decimals} decimals`}`;
  const schema = {
    type: decimals === 0 ? ('integer' as const) : ('number' as const),
    minimum: min,
    maximum: max,
    ...(decimals > 0 ? { multipleOf: 1 / scale } : {}),
    ...(rule.nullable ? { nullable: true } : {}),
    ...(rule.description ? { description: rule.description } : {}),
    ...(rule.default !== undefined ? { default: rule.default } : {}),
  };
  return applyDecorators(
    rule.optional ? ApiPropertyOptional(schema) : ApiProperty(schema),
    ...(rule.optional ? [Optional({ nullable: rule.nullable })] : []),
    ...(rule.inQuery ? [wholeNumberFromQuery] : []),
    ValidateBy({
      name: decimals === 0 ? 'wholeNumber' : 'decimalNumber',
      validator: {
        validate: (value) =>
          (rule.nullable === true && value === null) ||
          (typeof value === 'number' && value >= min && value <= max && inSteps(value, scale)),
        defaultMessage: (args) => `${args?.property} must be ${kind} from ${min} to ${max}`,
      },
    }),
  );
}

/** A whole number within bounds, documented with them. */
export const IntField = (rule: NumberRule) => numberField(rule, 0);

/** Hours and the like: bounded, in steps of 0.1, as the database stores them (numeric with one decimal). */
export const DecimalField = (rule: NumberRule) => numberField(rule, 1);
