import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** Column names and driver-ready values of an entity's properties, for a hand-written statement. */
export function columnValues<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
): { names: string[]; params: unknown[] } {
  const { connection } = manager;
  const metadata = connection.getMetadata(target);
  const names: string[] = [];
  const params: unknown[] = [];
  for (const [property, value] of Object.entries(values)) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    names.push(`"${column.databaseName}"`);
    params.push(connection.driver.preparePersistentValue(value, column));
  }
  return { names, params };
}

/** An entity from a row a hand-written statement returned, converted as TypeORM converts its own reads. */
export function entityFromRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const { connection } = manager;
  const metadata = connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns)
    column.setEntityValue(entity, connection.driver.prepareHydratedValue(row[column.databaseName], column));
  return entity;
}

/**
 * Updates one row of an organisation, leaving the fields given as undefined as they are, and returns it
 * as saved: with the version and updated_at that the update gave it.
 */
export async function updateReturning<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: { id: string; organizationId: string },
  changes: NoInfer<Partial<T>>,
): Promise<T> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const { raw } = await manager
    .createQueryBuilder()
    .update(target)
    .set(given as QueryDeepPartialEntity<T>)
    .where('id = :id AND organization_id = :organizationId', row)
    .returning('*')
    .execute();
  return entityFromRow(manager, target, (raw as Record<string, unknown>[])[0]!);
}
