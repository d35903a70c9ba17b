import { ApiProperty } from '@nestjs/swagger';
import type {
  ConfirmErasureRequest,
  ErasureCounts as ErasureCountsContract,
  ErasurePreviewResponse as ErasurePreviewContract,
  ErasureResultResponse as ErasureResultContract,
  PersonalDataExport,
} from '@vitaal/shared/personal-data';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

const list = (description: string) =>
  ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description });

/**
 * The JSON export. Its item shapes are the `Exported…` types of packages/shared/src/personal-data.ts;
 * `schemaVersion` changes whenever one of them does.
 */
export class PersonalDataExportResponse implements PersonalDataExport {
  @ApiProperty({ example: 1 })
  schemaVersion: number;

  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Profile: id, email, displayName, locale, contractHours, roles, active, createdAt.',
  })
  person: PersonalDataExport['person'];

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'id and name.' })
  organization: PersonalDataExport['organization'];

  @list('Teams the person is in, with their role.')
  memberships: PersonalDataExport['memberships'];

  @list('Learning goals with their milestones.')
  goals: PersonalDataExport['goals'];

  @list('Vital Weeks with every text, hours and score.')
  weeks: PersonalDataExport['weeks'];

  @list('Learning-time requests with their decisions.')
  learningTimeRequests: PersonalDataExport['learningTimeRequests'];

  @list('Team sessions attended, facilitated or planned; texts only of the ones planned.')
  teamSessions: PersonalDataExport['teamSessions'];

  @list('Posts in team feeds, with reaction counts.')
  sharedLearnings: PersonalDataExport['sharedLearnings'];

  @list('Comments the person wrote.')
  comments: PersonalDataExport['comments'];

  @list('Reactions the person gave.')
  reactions: PersonalDataExport['reactions'];

  @list('In-app notifications.')
  notifications: PersonalDataExport['notifications'];

  @list('Audit rows by or about the person; others appear as "other".')
  auditEvents: PersonalDataExport['auditEvents'];
}

class ErasureCounts implements ErasureCountsContract {
  @ApiProperty({ description: 'Deleted, with their milestones.' })
  goals: number;

  @ApiProperty({ description: 'Deleted.' })
  milestones: number;

  @ApiProperty({ description: 'Texts emptied; status, hours and scores stay for team figures.' })
  weeks: number;

  @ApiProperty({ description: 'Purpose and comment emptied, pending ones cancelled; hours and decisions stay.' })
  learningTimeRequests: number;

  @ApiProperty({ description: 'Posts emptied; they stay in the feed’s count and keep others’ comments.' })
  sharedLearnings: number;

  @ApiProperty({ description: 'Deleted.' })
  comments: number;

  @ApiProperty({ description: 'Deleted.' })
  reactions: number;

  @ApiProperty({ description: 'Deleted.' })
  notifications: number;

  @ApiProperty({ description: 'Sign-in sessions, ended.' })
  sessions: number;

  @ApiProperty({ description: 'Invitations to the person’s address, deleted.' })
  invitations: number;

  @ApiProperty({ description: 'Kept, without the email address and IP address in their details.' })
  auditEvents: number;
}

class ErasedPerson {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export class ErasurePreviewResponse implements ErasurePreviewContract {
  @ApiProperty({ type: ErasedPerson })
  person: ErasedPerson;

  @ApiProperty({ type: ErasureCounts })
  counts: ErasureCounts;

  @ApiProperty({
    description: 'Send it back to confirm; shown once, valid for 15 minutes, for the administrator who asked.',
  })
  token: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class ConfirmErasureDto implements ConfirmErasureRequest {
  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  token: string;
}

export class ErasureResultResponse implements ErasureResultContract {
  @ApiProperty({ format: 'date-time' })
  erasedAt: string;

  @ApiProperty({ type: ErasureCounts })
  counts: ErasureCounts;
}
