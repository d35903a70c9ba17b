import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TEAM_ROLES, type TeamRole } from '@vitaal/shared/roles';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { NameField } from '../common/http/fields';
import { Optional } from '../common/http/optional';

const roleRule = IsIn(TEAM_ROLES, { message: `role must be one of ${TEAM_ROLES.join(', ')}` });

export class TeamResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  archived: boolean;

  @ApiProperty()
  memberCount: number;

  @ApiProperty()
  managerCount: number;
}

export class TeamMemberResponse {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: TEAM_ROLES })
  role: TeamRole;
}

export class TeamDetailResponse extends TeamResponse {
  @ApiProperty({ type: [TeamMemberResponse] })
  members: TeamMemberResponse[];
}

export class TeamListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Include archived teams (admins and L&O staff).' })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'archived must be true or false' })
  archived?: boolean;
}

export class CreateTeamDto {
  @NameField()
  name: string;
}

export class UpdateTeamDto {
  @NameField({ optional: true })
  name?: string;

  @ApiPropertyOptional({ description: 'true archives the team: its history stays, it takes no new members.' })
  @Optional()
  @IsBoolean()
  archived?: boolean;
}

export class AddTeamMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId: string;

  @ApiProperty({ enum: TEAM_ROLES })
  @roleRule
  role: TeamRole;
}

export class UpdateTeamMemberDto {
  @ApiProperty({ enum: TEAM_ROLES })
  @roleRule
  role: TeamRole;
}
