import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisation a signed-in person acts in; it exists as long as their session does. */
  get(organizationId: string): Promise<Organization> {
    return this.dataSource.manager.findOneByOrFail(Organization, { id: organizationId });
  }
}
