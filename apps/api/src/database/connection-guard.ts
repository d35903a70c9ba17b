import { Logger } from '@nestjs/common';
import type { ClientBase } from 'pg';

const logger = new Logger('Database');
const READ_TIMEOUT = 'Query read timeout';

type Query = (...args: unknown[]) => unknown;

/**
 * Runs on every new connection of the pool (pg-pool's `onConnect`). Keeps a dropped connection
 * from ending the process, and a silent one from being used again.
 */
export function guardConnection(client: ClientBase): void {
  // pg-pool listens for errors only while a connection is idle, and TypeORM attaches its own listener
  // a moment after taking one. When the server's last answer and its "terminating connection" arrive
  // in one read, the error falls into that moment with nobody listening, and Node ends the process.
  // With this listener always there, whoever holds the connection sees the failure on its next
  // query, and the pool discards the connection when it comes back.
  client.on('error', (error) => logger.debug(`A database connection failed: ${error.message}`));

  // After query_timeout pg answers the caller but keeps waiting for the server on that connection,
  // so every later query on it would wait behind. A server that stopped answering gets no second chance.
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = (...args) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: Error) => {
        if (error.message !== READ_TIMEOUT) return;
        logger.warn('The database did not answer in time; dropping that connection');
        (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      });
    }
    return result;
  };
}
