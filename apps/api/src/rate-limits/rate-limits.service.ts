import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../common/database/prepared';
import { DomainError } from '../common/errors/domain-error';

/** Every limit counts per minute, so one sweep rule fits all counters. */
export const WINDOW_SECONDS = 60;
/** Expired counters removed on each sweep; small, so no request waits on a large delete. */
const SWEEP_BATCH = 100;

export class TooManyRequests extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'rate_limited', `Too many requests. Try again in ${retryAfterSeconds} second(s).`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Fixed one-minute windows per key, counted in PostgreSQL so every instance shares them. One
 * statement per request counts the hit and, when it opens a new window for its key, sweeps a batch
 * of counters whose window has passed: no separate clean-up job is needed.
 */
@Injectable()
export class RateLimitsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts one request for the key; throws TooManyRequests once the key is over its limit. */
  async hit(key: string, limit: number): Promise<void> {
    const [counter] = await preparedQuery<{ hits: number; retry_after: number }>(
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
       SELECT hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM window_started_at + make_interval(secs => $2) - now())))::int AS retry_after FROM counted`,
      [key, WINDOW_SECONDS, SWEEP_BATCH],
    );
    if (counter && counter.hits > limit) throw new TooManyRequests(counter.retry_after);
  }
}
