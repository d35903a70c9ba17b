// Types of postgres.mjs for the TypeScript that imports it (the API's database-outage test).
export interface PostgresServer {
  /** The `postgres` maintenance database. */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Stops the server (sessions are terminated), awaits `whileDown`, and starts it again on the same port. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
}

export function startPostgres(options: {
  dataDir: string;
  throwaway?: boolean;
  logFile?: string;
}): Promise<PostgresServer>;
export function ensureDatabase(adminUrl: string, name: string): Promise<string>;
export function freePort(): Promise<number>;
