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
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'vitaal' },
  };
}
