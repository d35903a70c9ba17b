import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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
