import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@vitaal/shared/auth';
import { LOCALES } from '@vitaal/shared/locale';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { IntField } from './number-fields';
import { Optional } from './optional';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Field decorators that several DTOs share, so the rules are the same everywhere. */
export const EmailField = () =>
  applyDecorators(
    ApiProperty({ format: 'email', maxLength: 254, example: 'anna@example.nl' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({}, { message: 'must be an email address' }),
    MaxLength(254),
  );

export const PasswordField = () =>
  applyDecorators(
    ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password' }),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` }),
    MaxLength(PASSWORD_MAX_LENGTH),
  );

/** Required unless `optional`; optional fields may be left out but not sent empty. */
export function presence(optional: boolean, schema: Parameters<typeof ApiProperty>[0]) {
  return optional ? [ApiPropertyOptional(schema), Optional()] : [ApiProperty(schema)];
}

export const NameField = ({ maxLength = 100, optional = false } = {}) =>
  applyDecorators(
    ...presence(optional, { minLength: 1, maxLength }),
    trim,
    IsString(),
    IsNotEmpty({ message: 'must not be empty' }),
    MaxLength(maxLength),
  );

export const LocaleField = ({ optional = false } = {}) =>
  applyDecorators(
    ...presence(optional, { enum: LOCALES }),
    IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }),
  );

/** The version a client read, for optimistic locking; within PostgreSQL's integer, so the database never sees an out-of-range value. */
export const VersionField = (description = 'The version you read; a stale one is refused with 409.') =>
  IntField({ min: 0, max: 2_147_483_647, description });
