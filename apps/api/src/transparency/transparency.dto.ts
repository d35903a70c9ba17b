import { ApiProperty, PickType } from '@nestjs/swagger';
import { ACCESS_LEVELS, DATA_KINDS, type AccessLevel, type DataKind, type Relation } from '@vitaal/shared/transparency';
import { OrganizationResponse } from '../organizations/organization.dto';

const level = (description: string) => ApiProperty({ enum: ACCESS_LEVELS, description });

class AccessByRelation implements Record<Relation, AccessLevel> {
  @level('The professional themselves.')
  owner: AccessLevel;

  @level('A fellow member of one of their teams.')
  teamMember: AccessLevel;

  @level('A manager of one of their teams (for a learning-time request: of the team it is for).')
  teamManager: AccessLevel;

  @level('L&O staff.')
  lno: AccessLevel;

  @level('Administrators, as such.')
  admin: AccessLevel;
}

export class AccessRow {
  @ApiProperty({ enum: DATA_KINDS })
  kind: DataKind;

  @ApiProperty({ type: AccessByRelation })
  access: AccessByRelation;
}

class TransparencySettings extends PickType(OrganizationResponse, [
  'name',
  'minGroupSize',
  'reflectionEditWindowDays',
  'retentionMonths',
]) {}

export class TransparencyResponse {
  @ApiProperty({ type: [AccessRow], description: 'One row per kind of data, from the access policy the API enforces.' })
  rows: AccessRow[];

  @ApiProperty({ type: TransparencySettings })
  organization: TransparencySettings;
}
