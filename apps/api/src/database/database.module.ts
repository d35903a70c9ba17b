import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { BACKGROUND, dataSourceOptions } from './data-source-options';
import { DatabaseStartup } from './database-startup';
import { retryWhileUnavailable } from './retry-while-unavailable';

const logger = new Logger('Database');

/** The first connection, waiting with back-off for a database that is still starting (or being restarted). */
function connectWhenAvailable(options: DataSourceOptions): Promise<DataSource> {
  return retryWhileUnavailable('Connecting', () => new DataSource(options).initialize(), logger);
}

function resilient(options: DataSourceOptions): TypeOrmModuleOptions {
  return {
    ...options,
    // An idle connection that the server closed (a restart, pg_terminate_backend) is replaced on the next use.
    poolErrorHandler: (error: Error) => logger.warn(`An idle database connection was closed: ${error.message}`),
    // connectWhenAvailable retries what is worth retrying; Nest's own retry would wait a fixed 3 s on any error.
    toRetry: () => false,
  } as TypeOrmModuleOptions;
}

/**
 * Two pools on the same database: one for requests, whose statements are bounded in time so that a
 * request never hangs, and a small one for the work behind them (migrations, the demo seed, the
 * scheduled jobs), which may take as long as a whole organisation's data needs.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        resilient(dataSourceOptions(config.databaseUrl, { statementTimeoutMs: config.databaseStatementTimeoutMs })),
      dataSourceFactory: (options) => connectWhenAvailable(options!),
    }),
    TypeOrmModule.forRootAsync({
      name: BACKGROUND,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => resilient(dataSourceOptions(config.databaseUrl, { maxConnections: 4 })),
      dataSourceFactory: (options) => connectWhenAvailable(options!),
    }),
  ],
  providers: [DatabaseStartup],
})
export class DatabaseModule {}
