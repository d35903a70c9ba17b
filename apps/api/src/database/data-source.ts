import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`typeorm -d dist/database/data-source.js migration:…`). */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? ''));
