import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@vitaal/shared/locale';
import { PERSONAL_DATA_SCHEMA_VERSION, type PersonalDataExport } from '@vitaal/shared/personal-data';
import type { OrgRole } from '@vitaal/shared/roles';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { NotFound } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { loadKinds } from './personal-data.queries';

export type ExportFormat = 'json' | 'document';

/** The export with what the readable document needs to speak the person's language and time. */
export interface CollectedData {
  data: PersonalDataExport;
  locale: Locale;
  timeZone: string;
}

interface PersonRow {
  id: string;
  email: string;
  display_name: string;
  locale: Locale;
  contract_hours: string;
  roles: OrgRole[];
  active: boolean;
  created_at: Date;
  organization_name: string;
  timezone: string;
}

@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Everything stored about one person, read from one snapshot so the kinds agree with each other; audited. */
  async collect(actor: Actor, personId: string, format: ExportFormat): Promise<CollectedData> {
    await this.access.require(actor, 'personal_data.export', { personId });
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [person]: PersonRow[] = await manager.query(
        `SELECT u.id, u.email, u.display_name, u.locale, u.contract_hours, u.roles, u.active, u.created_at, o.name AS organization_name, o.timezone
           FROM app_user u JOIN organization o ON o.id = u.organization_id
          WHERE u.organization_id = $1 AND u.id = $2 AND u.erased_at IS NULL`,
        [actor.organizationId, personId],
      );
      if (!person) throw new NotFound();
      const kinds = await loadKinds(manager, actor.organizationId, personId);
      await this.audit.record(
        {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'personal_data.exported',
          target: { type: 'user', id: personId },
          details: { format, onRequest: actor.userId !== personId },
        },
        manager,
      );
      // The person hears of every copy an administrator takes, so an export "on request" cannot go unnoticed.
      if (actor.userId !== personId) {
        await this.notifications.notify(manager, {
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
          displayName: person.display_name,
          locale: person.locale,
          contractHours: Number(person.contract_hours),
          roles: person.roles,
          active: person.active,
          createdAt: person.created_at.toISOString(),
        },
        organization: { id: actor.organizationId, name: person.organization_name },
        ...kinds,
      };
      return { data, locale: person.locale, timeZone: person.timezone };
    });
  }
}
