import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { TEMPLATE_DATABASE, testServerUrl, withAdminClient } from './database';
import { CHECK_STATEMENTS, startReport } from './statement-report';

/** Runs every migration once into a template database that each test file clones. */
export default async function globalSetup(): Promise<void> {
  if (CHECK_STATEMENTS) startReport();
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  });
  const dataSource = new DataSource(dataSourceOptions(testServerUrl(TEMPLATE_DATABASE)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
