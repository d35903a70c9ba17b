import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf } from 'class-validator';

/**
 * A field that may be left out. Null is not "left out": it is refused with a message saying so,
 * unless the field is `nullable`, where null is a value of its own (no target date, no goal).
 * Used instead of class-validator's IsOptional, which lets null through to the database.
 */
export const Optional = ({ nullable = false } = {}) =>
  nullable
    ? ValidateIf((_object, value) => value !== undefined && value !== null)
    : applyDecorators(
        ValidateIf((_object, value) => value !== undefined),
        ValidateBy({
          name: 'notNull',
          validator: {
            validate: (value) => value !== null,
            defaultMessage: (args) => `${args?.property} must not be null; leave it out instead`,
          },
        }),
      );
