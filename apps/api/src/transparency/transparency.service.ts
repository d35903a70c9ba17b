import { Injectable } from '@nestjs/common';
import { DATA_KINDS } from '@vitaal/shared/transparency';
import type { Actor } from '../access/actor';
import { WHO_SEES_WHAT } from '../access/who-sees-what';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { TransparencyResponse } from './transparency.dto';

@Injectable()
export class TransparencyService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  /** The access policy's own table, with the settings of the actor's organisation that bound it. */
  async get(actor: Actor): Promise<TransparencyResponse> {
    const organization = await this.organizations.get(actor.organizationId);
    return {
      rows: DATA_KINDS.map((kind) => ({ kind, access: { ...WHO_SEES_WHAT[kind] } })),
      organization: {
        name: organization.name,
        minGroupSize: organization.minGroupSize,
        reflectionEditWindowDays: organization.reflectionEditWindowDays,
        retentionMonths: organization.retentionMonths,
      },
    };
  }
}
