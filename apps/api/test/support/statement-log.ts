import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import type { Pool, QueryConfig } from 'pg';
import type { DataSource } from 'typeorm';

/** A statement the app sent to PostgreSQL, and what it was doing then (`GET /api/v1/teams`, a job). */
export interface LoggedStatement {
  text: string;
  values: unknown[];
  during: string;
}

/**
 * Records the statements the app sends while it serves a request or runs a job named with `during`,
 * and nothing else: what a test reads or writes directly to set up or check is left out. It listens
 * on the pg clients of the app's pool, so TypeORM's statements and the named ones are both seen.
 */
export class StatementLog {
  readonly statements: LoggedStatement[] = [];
  private readonly context = new AsyncLocalStorage<string>();

  constructor(dataSource: DataSource) {
    // TypeORM's PostgreSQL driver keeps its pg pool as `master`; every client of it is one of this class.
    const pool = (dataSource.driver as unknown as { master: Pool & { Client: { prototype: object } } }).master;
    const prototype = pool.Client.prototype as { query: (...args: unknown[]) => unknown };
    const query = prototype.query;
    const note = (args: unknown[]) => {
      const during = this.context.getStore();
      if (during) this.note(args[0], args[1], during);
    };
    prototype.query = function (this: unknown, ...args: unknown[]) {
      note(args);
      return query.apply(this, args);
    };
  }

  /** Runs `work` (a job, a service call) with its statements recorded under `label`. */
  during<T>(label: string, work: () => Promise<T>): Promise<T> {
    return this.context.run(label, work);
  }

  /** Records the statements of every request the server answers from now on. */
  watch(server: Server): void {
    const listeners = server.listeners('request') as ((...args: unknown[]) => void)[];
    server.removeAllListeners('request');
    server.on('request', (request: { method: string; url: string }, response: unknown) =>
      this.context.run(`${request.method} ${request.url.split('?')[0]}`, () => {
        for (const listener of listeners) listener.call(server, request, response);
      }),
    );
  }

  private note(first: unknown, second: unknown, during: string): void {
    const config = typeof first === 'string' ? { text: first, values: second } : (first as QueryConfig | undefined);
    if (typeof config?.text !== 'string') return;
    this.statements.push({ text: config.text, values: Array.isArray(config.values) ? config.values : [], during });
  }
}
