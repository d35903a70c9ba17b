import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { Optional } from '../common/http/optional';
import { AUDIT_ACTION_NAMES, AUDIT_KINDS, type AuditKind } from '@vitaal/shared/audit';
import { PageOf, PageQuery } from '../common/http/pagination';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Only actions starting with this, like `sign_in` or `team.`',
    example: 'sign_in',
    pattern: '^[a-z_.]{1,60}$',
    maxLength: 60,
  })
  @Optional()
  @Matches(/^[a-z_.]{1,60}$/, { message: 'action must be an action name like sign_in or team.' })
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_KINDS, description: 'Only the actions of this kind.' })
  @Optional()
  @IsIn(AUDIT_KINDS)
  kind?: AuditKind;
}

class AuditActor {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: AUDIT_ACTION_NAMES, example: 'user.roles_changed' })
  action: string;

  @ApiProperty({ type: AuditActor, nullable: true })
  actor: AuditActor | null;

  @ApiProperty({ nullable: true, type: String })
  targetType: string | null;

  @ApiProperty({ nullable: true, type: String })
  targetId: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'For an invitation, the address it was for.' })
  targetLabel: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class AuditEventPage extends PageOf(AuditEventResponse) {}
