import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AcceptInvitationRequest, InvitationPreview } from '@vitaal/shared/auth';
import type { CreateInvitationRequest, InvitationResponse as InvitationContract } from '@vitaal/shared/people';
import { ORG_ROLES, type OrgRole } from '@vitaal/shared/roles';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { EmailField, NameField, PasswordField } from '../common/http/fields';
import { PageOf } from '../common/http/pagination';

export class CreateInvitationDto implements CreateInvitationRequest {
  @EmailField()
  email: string;

  @ApiProperty({
    enum: ORG_ROLES,
    isArray: true,
    description: 'Organisation roles on top of professional; often empty.',
  })
  @IsArray()
  @IsIn(ORG_ROLES, { each: true, message: `each role must be one of ${ORG_ROLES.join(', ')}` })
  @ArrayUnique()
  roles: OrgRole[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Teams the person joins as member.' })
  @IsArray()
  @IsUUID('all', { each: true, message: 'each team id must be a UUID' })
  @ArrayUnique()
  @ArrayMaxSize(50)
  teamIds: string[];
}

export class InvitationResponse implements InvitationContract {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: ORG_ROLES, isArray: true })
  roles: OrgRole[];

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ description: 'Path of the accept page with its secret; only in the answer that creates it.' })
  acceptPath?: string;

  @ApiPropertyOptional({ description: 'Whether the invitation was also mailed; only in the answer that creates it.' })
  mailed?: boolean;
}

export class InvitationPage extends PageOf(InvitationResponse) {}

export class InvitationPreviewResponse implements InvitationPreview {
  @ApiProperty()
  email: string;

  @ApiProperty()
  organizationName: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @NameField()
  displayName: string;

  @PasswordField()
  password: string;
}
