import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitCountersRepository } from './rate-limit-counters.repository';

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
  constructor(private readonly counters: RateLimitCountersRepository) {}

  /** Counts one request for the key; throws TooManyRequests once the key is over its limit. */
  async hit(key: string, limit: number): Promise<void> {
    const counter = await this.counters.hit(key, { windowSeconds: WINDOW_SECONDS, sweep: SWEEP_BATCH });
    if (counter.hits > limit) throw new TooManyRequests(counter.retryAfterSeconds);
  }
}
