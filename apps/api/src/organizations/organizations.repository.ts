import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BACKGROUND } from '../database/data-source-options';
import { Organization } from './organization.entity';

/** The settings an administrator changes; the rest is kept by the database. */
export type OrganizationSettings = Partial<
  Pick<
    Organization,
    | 'name'
    | 'timezone'
    | 'locale'
    | 'learningNormPercent'
    | 'reflectionEditWindowDays'
    | 'minGroupSize'
    | 'retentionMonths'
  >
>;

/** The organisations and their settings (table organization, whose id is the organisation's). */
@Injectable()
export class OrganizationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectDataSource(BACKGROUND) private readonly background: DataSource,
  ) {}

  /** Every organisation, for the scheduled jobs that go through them one by one: read on the jobs' pool. */
  everyOrganization(): Promise<Organization[]> {
    return this.background.manager.find(Organization, {
      order: { id: 'ASC' },
      comment: 'across organisations: the scheduled jobs visit each organisation',
    });
  }

  /** The organisation a signed-in person acts in; it exists as long as their session does. */
  get(organizationId: string, tx?: EntityManager): Promise<Organization> {
    return (tx ?? this.dataSource.manager).findOneByOrFail(Organization, { id: organizationId });
  }

  /** A new organisation, with the settings the database keeps at their defaults. */
  create(organization: Pick<Organization, 'name' | 'locale'>, tx?: EntityManager): Promise<Organization> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(Organization, organization));
  }

  /** Saves the settings only on `version`, raising it; false when the organisation is at another version. */
  async update(
    organizationId: string,
    version: number,
    settings: OrganizationSettings,
    tx?: EntityManager,
  ): Promise<boolean> {
    const { affected } = await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(Organization)
      .set({ ...settings, version: () => 'version + 1' })
      .where('id = :organizationId AND version = :version', { organizationId, version })
      .execute();
    return Boolean(affected);
  }
}
