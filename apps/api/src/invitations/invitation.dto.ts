import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INVITATION_OUTCOMES, type InvitationOutcome } from '@vitaal/shared/people';
import { ORG_ROLES, type OrgRole } from '@vitaal/shared/roles';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import type { Locale } from '@vitaal/shared/locale';
import { EmailField, LocaleField, NameField, PasswordField } from '../common/http/fields';
import { Optional } from '../common/http/optional';
import { PageOf, PageQuery } from '../common/http/pagination';

export class CreateInvitationDto {
  @EmailField()
  email: string;

  @ApiProperty({
    enum: ORG_ROLES,
    isArray: true,
    maxItems: ORG_ROLES.length,
    description: 'Organisation roles on top of professional; often empty.',
  })
  @IsArray()
  @ArrayMaxSize(ORG_ROLES.length)
  @IsIn(ORG_ROLES, { each: true, message: `each role must be one of ${ORG_ROLES.join(', ')}` })
  @ArrayUnique()
  roles: OrgRole[];

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 50, description: 'Teams the person joins as member.' })
  @IsArray()
  @IsUUID('all', { each: true, message: 'each team id must be a UUID' })
  @ArrayUnique()
  @ArrayMaxSize(50)
  teamIds: string[];
}

class InvitationTeam {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: ORG_ROLES, isArray: true })
  roles: OrgRole[];

  @ApiProperty({ type: [InvitationTeam], description: 'Teams joined as member on accepting; archived ones left out.' })
  teams: InvitationTeam[];

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ description: 'Path of the accept page with a new secret; only in the answer to inviting.' })
  acceptPath?: string;

  @ApiPropertyOptional({ description: 'Whether the invitation was also mailed; only in the answer to inviting.' })
  mailed?: boolean;

  @ApiPropertyOptional({
    enum: INVITATION_OUTCOMES,
    description:
      '`created`, or `merged` into the open invitation of the same address (roles and teams added, valid again ' +
      'for 7 days, earlier links still working); only in the answer to inviting.',
  })
  outcome?: InvitationOutcome;
}

export class InvitationLinkResponse {
  @ApiProperty({ description: 'Path of the accept page with a new secret; shown once.' })
  acceptPath: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class InvitationListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'email', description: 'Only the open invitation of this address.' })
  @Optional()
  @EmailField()
  email?: string;
}

export class InvitationPage extends PageOf(InvitationResponse) {}

export class InvitationPreviewResponse {
  @ApiProperty()
  email: string;

  @ApiProperty()
  organizationName: string;
}

export class AcceptInvitationDto {
  @NameField()
  displayName: string;

  @PasswordField()
  password: string;

  @LocaleField({ optional: true })
  locale?: Locale;
}
