import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
/** Failures within the window before the key is refused for LOCK_MINUTES. */
const LIMITS = { email: 5, ip: 20 } as const;

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

/** A sign-in attempt's reservation on the counters it was allowed through. */
export interface SignInAttempt {
  keys: { email: string; ip: string };
}

/** A counter still counts while its window runs and no lock of it has ended since. */
const CURRENT = `(window_started_at > now() - make_interval(mins => ${WINDOW_MINUTES})
                  AND (locked_until IS NULL OR locked_until > now()))`;

/**
 * Refuses repeated failed sign-ins, per account and per address. Every attempt is counted as a
 * failure before its password is checked, under a row lock, so parallel guesses cannot all be
 * evaluated before the first failure is written: at most the limit is ever checked per window.
 * A success takes its count back.
 */
@Injectable()
export class SignInThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws TooManySignIns while a key is locked or full; otherwise counts the attempt. */
  async reserve(email: string, ip: string): Promise<SignInAttempt> {
    const attempt = { keys: { email: `email:${email}`, ip: `ip:${ip}` } };
    const keys = Object.values(attempt.keys).sort();
    await this.dataSource.transaction(async (manager) => {
      // Rows are created and then locked in key order, so concurrent attempts queue without deadlock.
      await manager.query(
        `INSERT INTO sign_in_throttle (key, failures, window_started_at)
         SELECT key, 0, now() FROM unnest($1::text[]) AS key ORDER BY key ON CONFLICT (key) DO NOTHING`,
        [keys],
      );
      const rows: { key: string; failures: number; current: boolean; locked_for: number | null }[] =
        await manager.query(
          `SELECT key, failures, ${CURRENT} AS current, CEIL(EXTRACT(EPOCH FROM locked_until - now()))::int AS locked_for
             FROM sign_in_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
          [keys],
        );
      for (const row of rows) {
        if ((row.locked_for ?? 0) > 0) throw new TooManySignIns(row.locked_for ?? 0);
        const limit = row.key === attempt.keys.email ? LIMITS.email : LIMITS.ip;
        // Full but not locked yet: the attempts that filled it are still being checked.
        if (row.current && row.failures >= limit) throw new TooManySignIns(LOCK_MINUTES * 60);
      }
      await manager.query(
        `UPDATE sign_in_throttle SET
           failures = CASE WHEN ${CURRENT} THEN failures + 1 ELSE 1 END,
           window_started_at = CASE WHEN ${CURRENT} THEN window_started_at ELSE now() END,
           locked_until = CASE WHEN ${CURRENT} THEN locked_until ELSE NULL END
         WHERE key = ANY($1)`,
        [keys],
      );
    });
    return attempt;
  }

  /** The attempt's count stays; a key that is now full locks. */
  async failed(attempt: SignInAttempt): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttle AS t SET locked_until = now() + make_interval(mins => $3)
         FROM unnest($1::text[], $2::int[]) AS c(key, lim)
        WHERE t.key = c.key AND t.failures >= c.lim AND t.locked_until IS NULL`,
      [[attempt.keys.email, attempt.keys.ip], [LIMITS.email, LIMITS.ip], LOCK_MINUTES],
    );
  }

  /** The account starts afresh; the address gets this attempt's count back. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttle SET failures = CASE WHEN key = $1 THEN 0 ELSE GREATEST(failures - 1, 0) END,
              locked_until = CASE WHEN key = $1 THEN NULL ELSE locked_until END
        WHERE key IN ($1, $2)`,
      [attempt.keys.email, attempt.keys.ip],
    );
  }
}
