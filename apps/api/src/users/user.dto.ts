import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ChangePasswordRequest,
  MeResponse as MeContract,
  MyTeam,
  UpdateProfileRequest,
} from '@vitaal/shared/auth';
import type { Locale } from '@vitaal/shared/locale';
import type {
  FollowedPersonResponse as FollowedPersonContract,
  UpdateUserRequest,
  UserResponse as UserContract,
} from '@vitaal/shared/people';
import { ORG_ROLES, TEAM_ROLES, type OrgRole, type TeamRole } from '@vitaal/shared/roles';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LOCALES } from '@vitaal/shared/locale';
import { LocaleField, NameField, PasswordField } from '../common/http/fields';
import { PageOf, PageQuery } from '../common/http/pagination';

export class UserTeam implements MyTeam {
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

export class FollowedPersonResponse implements FollowedPersonContract {
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

export class MeResponse extends PersonResponse implements MeContract {
  @ApiProperty({ type: MyOrganization })
  organization: MyOrganization;

  @ApiProperty({ type: [String], format: 'uuid' })
  managedTeamIds: string[];
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @NameField({ optional: true })
  displayName?: string;

  @LocaleField({ optional: true })
  locale?: Locale;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @PasswordField()
  newPassword: string;
}

export class UserResponse extends PersonResponse implements UserContract {
  @ApiProperty()
  active: boolean;
}

export class UserPage extends PageOf(UserResponse) {}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name or email address.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only active or only deactivated people.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ORG_ROLES, isArray: true })
  @IsOptional()
  @IsIn(ORG_ROLES, { each: true, message: `each role must be one of ${ORG_ROLES.join(', ')}` })
  @ArrayUnique()
  roles?: OrgRole[];

  @ApiPropertyOptional({ description: 'false deactivates: the person can no longer sign in; their data stays.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(60)
  contractHours?: number;
}
