import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations/index';

/** Schema changes only through migrations: `synchronize` stays off everywhere. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'vitaal' },
  };
}
