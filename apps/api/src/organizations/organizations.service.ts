import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../access/actor';
import { Conflict } from '../common/errors/domain-error';
import type { OrganizationResponse, UpdateOrganizationDto } from './organization.dto';
import { Organization } from './organization.entity';

const toResponse = (o: Organization): OrganizationResponse => ({
  id: o.id,
  name: o.name,
  timezone: o.timezone,
  locale: o.locale,
  learningNormPercent: o.learningNormPercent,
  reflectionEditWindowDays: o.reflectionEditWindowDays,
  minGroupSize: o.minGroupSize,
  retentionMonths: o.retentionMonths,
  version: o.version,
});

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor): Promise<OrganizationResponse> {
    return toResponse(await this.dataSource.getRepository(Organization).findOneByOrFail({ id: actor.organizationId }));
  }

  /** Saves only when `version` is the current one, so two admins cannot overwrite each other. */
  async update(actor: Actor, { version, ...changes }: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Organization)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: actor.organizationId, version })
        .execute();
      if (!result.affected)
        throw new Conflict(
          'The settings were changed by someone else meanwhile. Reload and try again.',
          'version_conflict',
        );
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'organization.settings_changed',
          target: { type: 'organization', id: actor.organizationId },
          details: changes,
        },
        manager,
      );
      return toResponse(await manager.findOneByOrFail(Organization, { id: actor.organizationId }));
    });
  }
}
