import type { JoinColumnOptions } from 'typeorm';

/**
 * The join columns of a reference to another row of the same organisation: (organization_id, <column>)
 * refers to (organization_id, id), so every foreign key holds the column the tables are distributed by
 * (docs/scaling.md).
 */
export function sameOrganization(column: string): JoinColumnOptions[] {
  return [
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: column, referencedColumnName: 'id' },
  ];
}
