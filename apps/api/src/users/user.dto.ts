import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Locale } from '@vitaal/shared/locale';
import { ORG_ROLES, TEAM_ROLES, type OrgRole, type TeamRole } from '@vitaal/shared/roles';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { LOCALES } from '@vitaal/shared/locale';
import { LocaleField, NameField, PasswordField } from '../common/http/fields';
import { DecimalField } from '../common/http/number-fields';
import { Optional } from '../common/http/optional';
import { PageOf, PageQuery } from '../common/http/pagination';

export class UserTeam {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: TEAM_ROLES })
  role: TeamRole;
}

class MyOrganization {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class FollowedPersonResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

/** What the person themself and an admin both see of a person. */
class PersonResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: LOCALES })
  locale: Locale;

  @ApiProperty()
  contractHours: number;

  @ApiProperty({ enum: ORG_ROLES, isArray: true })
  roles: OrgRole[];

  @ApiProperty({ type: [UserTeam] })
  teams: UserTeam[];
}

export class MeResponse extends PersonResponse {
  @ApiProperty({ type: MyOrganization })
  organization: MyOrganization;

  @ApiProperty({ type: [String], format: 'uuid' })
  managedTeamIds: string[];
}

export class UpdateProfileDto {
  @NameField({ optional: true })
  displayName?: string;

  @LocaleField({ optional: true })
  locale?: Locale;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: 256 })
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @PasswordField()
  newPassword: string;
}

export class UserResponse extends PersonResponse {
  @ApiProperty()
  active: boolean;
}

export class UserPage extends PageOf(UserResponse) {}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of a name or email address.' })
  @Optional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only active or only deactivated people.' })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ORG_ROLES, isArray: true, maxItems: ORG_ROLES.length })
  @Optional()
  @IsArray()
  @ArrayMaxSize(ORG_ROLES.length)
  @IsIn(ORG_ROLES, { each: true, message: `each role must be one of ${ORG_ROLES.join(', ')}` })
  @ArrayUnique()
  roles?: OrgRole[];

  @ApiPropertyOptional({ description: 'false deactivates: the person can no longer sign in; their data stays.' })
  @Optional()
  @IsBoolean()
  active?: boolean;

  @DecimalField({ min: 1, max: 60, optional: true })
  contractHours?: number;
}
