import type { DataSourceOptions } from 'typeorm';
import { guardConnection } from './connection-guard';
import { entities } from './entities';
import { migrations } from './migrations/index';

/** The name of the app's second pool: migrations, the demo seed and the scheduled jobs. */
export const BACKGROUND = 'background';

export interface PoolLimits {
  /** How long one statement may run before the server cancels it; none when left out (migrations, jobs, the CLI). */
  statementTimeoutMs?: number;
  maxConnections?: number;
}

/** Schema changes only through migrations: `synchronize` stays off everywhere. */
export function dataSourceOptions(url: string, limits: PoolLimits = {}): DataSourceOptions {
  const { statementTimeoutMs, maxConnections = 20 } = limits;
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
    extra: {
      max: maxConnections,
      application_name: 'vitaal',
      // Waiting for a connection (a new one, or a free one when all are busy) ends after 5 s with an error, never hangs.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Notices a server that vanished without closing the connection (a failover, a cut network).
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      // The server ends a session that a crashed request left inside a transaction, releasing its locks.
      idle_in_transaction_session_timeout: 60_000,
      ...(statementTimeoutMs && {
        statement_timeout: statementTimeoutMs,
        // The server cancels a slow statement itself; this is for a server that does not answer at all.
        query_timeout: statementTimeoutMs + Math.min(5_000, statementTimeoutMs),
      }),
      onConnect: guardConnection,
    },
  };
}
