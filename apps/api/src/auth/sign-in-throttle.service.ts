import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
/** Failures within the window before the key is refused for LOCK_MINUTES. */
const LIMITS = { email: 5, ip: 20 } as const;
/** From this many failures on, each further attempt is answered more slowly. */
const SLOW_FROM = 2;
const SLOW_STEP_MS = 400;
const SLOW_MAX_MS = 2_000;

export class TooManySignIns extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'rate_limited',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Slows down and then refuses repeated failed sign-ins, per account and per address. */
@Injectable()
export class SignInThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private keys(email: string, ip: string) {
    return { email: `email:${email}`, ip: `ip:${ip}` };
  }

  /** Throws TooManySignIns while locked; otherwise waits longer the more attempts failed. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const rows: { key: string; failures: number; locked_for: number | null }[] = await this.dataSource.query(
      `SELECT key,
              CASE WHEN window_started_at > now() - make_interval(mins => $2) THEN failures ELSE 0 END AS failures,
              CEIL(EXTRACT(EPOCH FROM locked_until - now()))::int AS locked_for
         FROM sign_in_throttle WHERE key = ANY($1)`,
      [[keys.email, keys.ip], WINDOW_MINUTES],
    );
    const lockedFor = Math.max(0, ...rows.map((row) => row.locked_for ?? 0));
    if (lockedFor > 0) throw new TooManySignIns(lockedFor);
    const emailFailures = rows.find((row) => row.key === keys.email)?.failures ?? 0;
    if (emailFailures >= SLOW_FROM) {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(SLOW_MAX_MS, (emailFailures - SLOW_FROM + 1) * SLOW_STEP_MS)),
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    for (const [kind, key] of Object.entries(keys) as [keyof typeof LIMITS, string][]) {
      await this.dataSource.query(
        `INSERT INTO sign_in_throttle (key, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_throttle.window_started_at > now() - make_interval(mins => $2)
                           THEN sign_in_throttle.failures + 1 ELSE 1 END,
           window_started_at = CASE WHEN sign_in_throttle.window_started_at > now() - make_interval(mins => $2)
                           THEN sign_in_throttle.window_started_at ELSE now() END,
           locked_until = CASE WHEN sign_in_throttle.window_started_at > now() - make_interval(mins => $2)
                                AND sign_in_throttle.failures + 1 >= $3
                           THEN now() + make_interval(mins => $4) ELSE NULL END`,
        [key, WINDOW_MINUTES, LIMITS[kind], LOCK_MINUTES],
      );
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [this.keys(email, '').email]);
  }
}
