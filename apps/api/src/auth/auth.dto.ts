import { ApiProperty } from '@nestjs/swagger';
import type { SignInRequest, SignUpRequest } from '@vitaal/shared/auth';
import type { Locale } from '@vitaal/shared/locale';
import { IsString, MaxLength } from 'class-validator';
import { EmailField, LocaleField, NameField, PasswordField } from '../common/http/fields';

export class SignInDto implements SignInRequest {
  @EmailField()
  email: string;

  /** Any length: a sign-in only compares, the length rules apply when a password is set. */
  @ApiProperty({ format: 'password', maxLength: 256 })
  @IsString()
  @MaxLength(256)
  password: string;
}

export class SignUpDto implements SignUpRequest {
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
