import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase } from './support/database';

describe('database schema', () => {
  it('matches the entities exactly after all migrations (no change without a migration)', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
