import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig, type AppConfig } from '../../src/common/config/app-config';
import { createTestDatabase } from './database';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  databaseUrl: string;
  close: () => Promise<void>;
}

/** The real app on its own database, reached over real HTTP through supertest. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test' }), ...overrides };
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const app = await createApp(config, logger);
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
