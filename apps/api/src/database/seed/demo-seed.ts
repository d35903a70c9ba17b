import type { EntityManager } from 'typeorm';
import { Organization } from '../../organizations/organization.entity';

export const DEMO_ORGANIZATION_NAME = 'Gemeente Voorbeeld';

/** Fills an empty database with the demo organisation; does nothing once any organisation exists. */
export async function seedDemoData(manager: EntityManager): Promise<boolean> {
  if (await manager.exists(Organization)) return false;
  await manager.save(manager.create(Organization, { name: DEMO_ORGANIZATION_NAME }));
  return true;
}
