import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { DomainError } from '../common/errors/domain-error';

const WINDOW_MINUTES = 15;
/** Failures within the window at one account, and at one account from one address it is known at. */
const FAILURES_PER_ACCOUNT = 5;
/** The first lock of a counter; each further lock within LOCKOUTS_KEPT_HOURS doubles, up to the longest. */
const FIRST_LOCK_MINUTES = 15;
const LONGEST_LOCK_MINUTES = 4 * 60;
const LOCKOUTS_KEPT_HOURS = 24;
/** How long after its last successful sign-in from an address an account counts that address as known. */
const KNOWN_FOR_DAYS = 90;

const lockMinutes = (lockouts: number) => Math.min(LONGEST_LOCK_MINUTES, FIRST_LOCK_MINUTES * 2 ** lockouts);
const LOCK_MINUTES_SQL = `LEAST(${LONGEST_LOCK_MINUTES}, ${FIRST_LOCK_MINUTES} * power(2, LEAST(lockouts, 8)))::int`;
/** A counter still counts while its window runs and no lock of it has ended since. */
const CURRENT = `(window_started_at > now() - make_interval(mins => ${WINDOW_MINUTES})
                  AND (locked_until IS NULL OR locked_until > now()))`;

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

interface Counter {
  key: string;
  limit: number;
  /** Refuses the attempt when full or locked; otherwise it only counts, and locks for others. */
  enforced: boolean;
}

/** A sign-in attempt and the counters it was let through on. */
export interface SignInAttempt {
  account: string;
  address: string;
  pair: string;
  /** The account signed in from this address before. */
  known: boolean;
  counters: Counter[];
}

/**
 * Refuses repeated failed sign-ins the way an attacker cannot turn against bystanders:
 *
 * - from an address the account signed in from before (a known pair), only failures of that pair
 *   count against it, so strangers' failures elsewhere, or at other accounts behind the same
 *   address, never keep the person out;
 * - from any other address, the account's failures (from everywhere) and the address's failures at
 *   accounts it is not known for (a generous cap against trying many accounts) both count.
 *
 * Locks double within a day, up to LONGEST_LOCK_MINUTES. Every attempt is counted as a failure
 * before its password is checked, under row locks, so parallel guesses cannot all be checked before
 * the first failure is written: at most the limit is ever checked per window. A success takes its
 * count back.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws TooManySignIns while a counter that applies is locked or full; otherwise counts the attempt. */
  async reserve(email: string, ip: string): Promise<SignInAttempt> {
    const account = `account:${email}`;
    const address = `address:${ip}`;
    const pair = `pair:${ip} ${email}`;
    return this.dataSource.transaction(async (manager) => {
      const known = (
        await manager.query(`SELECT 1 FROM sign_in_throttle WHERE key = $1 AND known_until > now()`, [pair])
      ).length;
      const counters: Counter[] = known
        ? [
            { key: pair, limit: FAILURES_PER_ACCOUNT, enforced: true },
            { key: account, limit: FAILURES_PER_ACCOUNT, enforced: false },
          ]
        : [
            { key: account, limit: FAILURES_PER_ACCOUNT, enforced: true },
            { key: address, limit: this.config.signInFailuresPerAddress, enforced: true },
          ];
      const keys = counters.map((counter) => counter.key);
      // Rows are created and then locked in key order, so concurrent attempts queue without deadlock.
      await manager.query(
        `INSERT INTO sign_in_throttle (key, failures, window_started_at)
         SELECT key, 0, now() FROM unnest($1::text[]) AS key ORDER BY key ON CONFLICT (key) DO NOTHING`,
        [keys],
      );
      const rows: { key: string; failures: number; lockouts: number; current: boolean; locked_for: number | null }[] =
        await manager.query(
          `SELECT key, failures, lockouts, ${CURRENT} AS current,
                  CEIL(EXTRACT(EPOCH FROM locked_until - now()))::int AS locked_for
             FROM sign_in_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
          [keys],
        );
      const waits = rows.map((row) => {
        const counter = counters.find((candidate) => candidate.key === row.key);
        if (!counter?.enforced) return 0;
        if ((row.locked_for ?? 0) > 0) return row.locked_for ?? 0;
        // Full but not locked yet: the attempts that filled it are still being checked.
        return row.current && row.failures >= counter.limit ? lockMinutes(row.lockouts) * 60 : 0;
      });
      const wait = Math.max(0, ...waits);
      if (wait > 0) throw new TooManySignIns(wait);
      await manager.query(
        `UPDATE sign_in_throttle SET
           failures = CASE WHEN ${CURRENT} THEN failures + 1 ELSE 1 END,
           lockouts = CASE WHEN ${CURRENT} OR window_started_at > now() - make_interval(hours => ${LOCKOUTS_KEPT_HOURS})
                           THEN lockouts ELSE 0 END,
           window_started_at = CASE WHEN ${CURRENT} THEN window_started_at ELSE now() END,
           locked_until = CASE WHEN ${CURRENT} THEN locked_until ELSE NULL END
         WHERE key = ANY($1)`,
        [keys],
      );
      return { account, address, pair, known: known > 0, counters };
    });
  }

  /** The attempt's count stays; a counter that is now full locks. */
  async failed(attempt: SignInAttempt): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttle AS t SET
         locked_until = now() + make_interval(mins => ${LOCK_MINUTES_SQL}),
         lockouts = t.lockouts + 1
         FROM unnest($1::text[], $2::int[]) AS c(key, lim)
        WHERE t.key = c.key AND t.failures >= c.lim AND t.locked_until IS NULL`,
      [attempt.counters.map((counter) => counter.key), attempt.counters.map((counter) => counter.limit)],
    );
  }

  /**
   * The address becomes (or stays) known for the account. The account's failures start afresh,
   * unless it is locked: a success from a known address does not lift the lock for everyone else.
   * The address gets this attempt's count back.
   */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_throttle (key, failures, window_started_at, known_until)
       VALUES ($1, 0, now(), now() + make_interval(days => ${KNOWN_FOR_DAYS}))
       ON CONFLICT (key) DO UPDATE SET failures = 0, window_started_at = now(), locked_until = NULL, lockouts = 0,
         known_until = EXCLUDED.known_until`,
      [attempt.pair],
    );
    await this.dataSource.query(
      `UPDATE sign_in_throttle SET failures = 0 WHERE key = $1 AND (locked_until IS NULL OR locked_until <= now())`,
      [attempt.account],
    );
    if (!attempt.known) {
      await this.dataSource.query(`UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE key = $1`, [
        attempt.address,
      ]);
    }
  }
}
