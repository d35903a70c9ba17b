import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Locale } from '@vitaal/shared/locale';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { EmailField, LocaleField, NameField, PasswordField } from '../common/http/fields';
import { Optional } from '../common/http/optional';

export class SignInDto {
  @EmailField()
  email: string;

  /** Any length: a sign-in only compares, the length rules apply when a password is set. */
  @ApiProperty({ format: 'password', maxLength: 256 })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Which organisation, when the address and password open accounts in several (see the 200 answer).',
  })
  @Optional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

class ChoosableOrganization {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class SignInChoiceResponse {
  @ApiProperty({ type: [ChoosableOrganization] })
  organizations: ChoosableOrganization[];
}

export class SignUpDto {
  @NameField({ maxLength: 120 })
  organizationName: string;

  @NameField()
  displayName: string;

  @EmailField()
  email: string;

  @PasswordField()
  password: string;

  @LocaleField()
  locale: Locale;
}
