import { Injectable } from '@nestjs/common';
import type { Locale } from '@vitaal/shared/locale';
import { PERSONAL_DATA_SCHEMA_VERSION, type PersonalDataExport } from '@vitaal/shared/personal-data';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { NotFound } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { UsersRepository } from '../users/users.repository';
import { PersonalDataRepository } from './personal-data.repository';

export type ExportFormat = 'json' | 'document';

/** The export with what the readable document needs to speak the person's language and time. */
export interface CollectedData {
  data: PersonalDataExport;
  locale: Locale;
  timeZone: string;
}

@Injectable()
export class PersonalDataService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly personalData: PersonalDataRepository,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Everything stored about one person, read from one snapshot so the kinds agree with each other; audited. */
  async collect(actor: Actor, personId: string, format: ExportFormat): Promise<CollectedData> {
    await this.access.require(actor, 'personal_data.export', { personId });
    return this.transactions.run((tx) => this.collectIn(actor, personId, format, tx), { isolation: 'REPEATABLE READ' });
  }

  /** The export, its audit event and the note to the person, in the transaction. */
  private async collectIn(
    actor: Actor,
    personId: string,
    format: ExportFormat,
    tx: EntityManager,
  ): Promise<CollectedData> {
    const person = await this.users.find(actor.organizationId, personId, tx);
    if (!person) throw new NotFound();
    const organization = await this.organizations.get(actor.organizationId, tx);
    const kinds = await this.personalData.kindsOf(actor.organizationId, personId, tx);
    await this.audit.record(
      {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'personal_data.exported',
        target: { type: 'user', id: personId },
        details: { format, onRequest: actor.userId !== personId },
      },
      tx,
    );
    // The person hears of every copy an administrator takes, so an export "on request" cannot go unnoticed.
    if (actor.userId !== personId) {
      await this.notifications.notify(tx, {
        organizationId: actor.organizationId,
        userIds: [personId],
        kind: 'personal_data.exported',
        data: { format },
      });
    }
    const data: PersonalDataExport = {
      schemaVersion: PERSONAL_DATA_SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      person: {
        id: person.id,
        email: person.email,
        displayName: person.displayName,
        locale: person.locale,
        contractHours: person.contractHours,
        roles: person.roles,
        active: person.active,
        createdAt: person.createdAt.toISOString(),
      },
      organization: { id: actor.organizationId, name: organization.name },
      ...kinds,
    };
    return { data, locale: person.locale, timeZone: organization.timezone };
  }
}
