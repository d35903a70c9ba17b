import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../common/database/prepared';

/** A key's count in its current window, and the seconds until that window ends. */
export interface WindowCount {
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Requests per key in fixed windows (table rate_limit_counter). Like sign_in_throttle not tied to an
 * organisation: a key names a client address or a person across the installation.
 */
@Injectable()
export class RateLimitCountersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts one request for the key in its window of `windowSeconds`, in one named statement. When the
   * hit opens a new window for its key, it also deletes up to `sweep` counters whose window has passed
   * (skipping those another request holds), so no separate clean-up job is needed.
   */
  async hit(key: string, { windowSeconds, sweep }: { windowSeconds: number; sweep: number }): Promise<WindowCount> {
    const [counter] = await preparedQuery<WindowCount>(
      this.dataSource,
      'rate_limit_hit',
      `WITH counted AS (
         INSERT INTO rate_limit_counter AS c (key, hits, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN c.window_started_at > now() - make_interval(secs => $2) THEN c.hits + 1 ELSE 1 END,
           window_started_at = CASE WHEN c.window_started_at > now() - make_interval(secs => $2) THEN c.window_started_at ELSE now() END
         RETURNING hits, window_started_at
       ), swept AS (
         DELETE FROM rate_limit_counter WHERE EXISTS (SELECT 1 FROM counted WHERE hits = 1) AND key IN (
           SELECT key FROM rate_limit_counter WHERE window_started_at <= now() - make_interval(secs => $2) AND key <> $1
            LIMIT $3 FOR UPDATE SKIP LOCKED)
       )
       SELECT hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM window_started_at + make_interval(secs => $2) - now())))::int AS "retryAfterSeconds" FROM counted`,
      [key, windowSeconds, sweep],
    );
    return counter!;
  }
}
