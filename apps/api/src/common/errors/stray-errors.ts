import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../database/database-unavailable';

/** EX_SOFTWARE: the process stopped itself after an error it could not account for. */
const EXIT_UNKNOWN_STATE = 70;

/**
 * The last resort for errors that nothing caught:
 * - a promise rejected without a handler is logged, and the process serves on: the request that made it
 *   has already been answered or failed, and nothing was thrown through the middle of other work;
 * - an exception from a database connection (an 'error' event without a listener, an unreachable server)
 *   is logged, and the process serves on: the pool discards the connection and opens a new one when needed;
 * - any other exception leaves the process in a state nobody knows, so it is logged and the process exits
 *   for its supervisor (Docker, systemd, Kubernetes) to start a clean one.
 */
export function handleStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'A promise failed and nothing handled it; serving on');
  });
  process.on('uncaughtException', (error) => {
    if (isDatabaseUnavailable(error)) {
      logger.error({ err: error }, 'A database connection failed outside any request; serving on');
      return;
    }
    logger.fatal({ err: error }, 'Uncaught exception; stopping so that a clean process can start');
    process.exit(EXIT_UNKNOWN_STATE);
  });
}
