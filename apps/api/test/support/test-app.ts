import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig, type AppConfig } from '../../src/common/config/app-config';
import { Client } from 'pg';
import { createTestDatabase } from './database';
import { StatementLog } from './statement-log';
import { addToReport, CHECK_STATEMENTS } from './statement-report';
import { unroutedStatements } from './tenant-statements';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  databaseUrl: string;
  close: () => Promise<void>;
}

/** Tests make many writes in a moment; rate-limits.test.ts sets its own small limits. */
const RAISED_RATE_LIMITS = { RATE_LIMIT_WRITES_PER_MINUTE: '1000000', RATE_LIMIT_AUTH_PER_MINUTE: '1000000' };

/**
 * The real app on its own database, reached over real HTTP through supertest; with `sameDatabaseAs`,
 * a second instance on another test app's database (which that app drops); with `databaseUrl` in the
 * overrides, on that database (which the caller owns; the app migrates it on start).
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, sameDatabaseAs?: TestApp): Promise<TestApp> {
  const given = sameDatabaseAs?.databaseUrl ?? overrides.databaseUrl;
  const database = given ? { url: given, drop: async () => undefined } : await createTestDatabase();
  const config = {
    ...loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', ...RAISED_RATE_LIMITS }),
    ...overrides,
  };
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const app = await createApp(config, logger);
  await app.init();
  const log = CHECK_STATEMENTS ? new StatementLog(app.get(DataSource)) : undefined;
  log?.watch(app.getHttpServer());
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    close: async () => {
      if (log) addToReport(await unroutedIn(database.url, log));
      await app.close();
      await database.drop();
    },
  };
}

async function unroutedIn(url: string, log: StatementLog): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await unroutedStatements(client, log.statements);
  } finally {
    await client.end();
  }
}
