import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DATA_KINDS } from '@vitaal/shared/transparency';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { WHO_SEES_WHAT } from '../access/who-sees-what';
import { Organization } from '../organizations/organization.entity';
import type { TransparencyResponse } from './transparency.dto';

@Injectable()
export class TransparencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The access policy's own table, with the settings of the actor's organisation that bound it. */
  async get(actor: Actor): Promise<TransparencyResponse> {
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: actor.organizationId });
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
