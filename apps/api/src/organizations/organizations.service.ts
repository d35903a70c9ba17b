import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict } from '../common/errors/domain-error';
import type { OrganizationResponse, UpdateOrganizationDto } from './organization.dto';
import type { Organization } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';

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
    private readonly transactions: Transactions,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor): Promise<OrganizationResponse> {
    return toResponse(await this.organizations.get(actor.organizationId));
  }

  /** Saves only when `version` is the current one, so two admins cannot overwrite each other. */
  async update(actor: Actor, { version, ...changes }: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.transactions.run(async (tx) => {
      if (!(await this.organizations.update(actor.organizationId, version, changes, tx)))
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
        tx,
      );
      return toResponse(await this.organizations.get(actor.organizationId, tx));
    });
  }
}
