import type { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from '../common/database/database-unavailable';

/** How long the app waits at start-up for a database that is not up yet before it gives up and exits. */
export const STARTUP_PATIENCE_MS = 60_000;
const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 5_000;

/**
 * Runs `work` until it succeeds, waiting longer after each attempt that failed because the database
 * is unavailable (0.5 s, 1 s, 2 s, 4 s, then every 5 s), for at most `patienceMs`. Any other error,
 * or the last one, is thrown.
 */
export async function retryWhileUnavailable<T>(
  what: string,
  work: () => Promise<T>,
  logger: Pick<Logger, 'warn'>,
  patienceMs = STARTUP_PATIENCE_MS,
): Promise<T> {
  const started = Date.now();
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, LONGEST_DELAY_MS)) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() - started + delay > patienceMs) throw error;
      logger.warn(`${what}: the database is not available (${(error as Error).message}); trying again in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
