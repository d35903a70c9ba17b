import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@vitaal/shared/locale';
import { RETENTION_MONTHS } from '@vitaal/shared/organization';
import { MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { LocaleField, NameField, VersionField } from '../common/http/fields';
import { IntField } from '../common/http/number-fields';
import { Optional } from '../common/http/optional';

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'must be an IANA time zone such as Europe/Amsterdam';
  }
}

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: 'Europe/Amsterdam' })
  timezone: string;

  @ApiProperty({ enum: LOCALES })
  locale: Locale;

  @ApiProperty({ description: 'Weekly learning norm, % of contract hours.' })
  learningNormPercent: number;

  @ApiProperty({ description: 'Days after a week ends in which its reflection may still be edited.' })
  reflectionEditWindowDays: number;

  @ApiProperty({ description: 'Fewest people an average of personal scores is shown for.' })
  minGroupSize: number;

  @ApiProperty({ description: 'Months after a week ends until it and the learning-time requests for it are deleted.' })
  retentionMonths: number;

  @ApiProperty()
  version: number;
}

export class UpdateOrganizationDto {
  @VersionField('The version you read; a stale one is refused with 409.')
  version: number;

  @NameField({ maxLength: 120, optional: true })
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Amsterdam', maxLength: 64 })
  @Optional()
  @MaxLength(64)
  @Validate(IsTimeZone)
  timezone?: string;

  @LocaleField({ optional: true })
  locale?: Locale;

  @IntField({ min: 0, max: 50, optional: true })
  learningNormPercent?: number;

  @IntField({ min: 0, max: 90, optional: true })
  reflectionEditWindowDays?: number;

  @IntField({
    min: 3,
    max: 50,
    optional: true,
    description: 'At least 3, so no average can be traced back to a pair.',
  })
  minGroupSize?: number;

  @IntField({
    min: RETENTION_MONTHS.min,
    max: RETENTION_MONTHS.max,
    optional: true,
    description: 'Weeks that ended longer ago, and the learning-time requests for them, are deleted every night.',
  })
  retentionMonths?: number;
}
