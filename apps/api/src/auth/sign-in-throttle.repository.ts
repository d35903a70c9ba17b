import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The lengths the counters' statements work with; SignInThrottleService sets them. */
export interface ThrottleTimes {
  windowMinutes: number;
  /** The first lock of a counter; each further lock within `lockoutsKeptHours` doubles, up to the longest. */
  firstLockMinutes: number;
  longestLockMinutes: number;
  lockoutsKeptHours: number;
  /** How long after its last successful sign-in from an address an account counts that address as known. */
  knownForDays: number;
}

/** A counter as an attempt finds it. */
export interface ThrottleCounter {
  key: string;
  failures: number;
  lockouts: number;
  /** Its window runs and no lock of it has ended since: its failures still count. */
  current: boolean;
  /** Seconds its lock still holds; null or less than 1 when it is not locked. */
  lockedFor: number | null;
  /** How long its next lock would hold. */
  lockMinutes: number;
}

/** A counter still counts while its window (of the minutes in the parameter named) runs and no lock of it has ended since. */
const current = (windowMinutes: string) => `(window_started_at > now() - make_interval(mins => ${windowMinutes})
                  AND (locked_until IS NULL OR locked_until > now()))`;
/** The length of a counter's next lock: doubling with its lockouts, up to the longest. */
const lockMinutes = (first: string, longest: string) =>
  `LEAST(${longest}, ${first} * power(2, LEAST(lockouts, 8)))::int`;

/**
 * Failed sign-ins per key (table sign_in_throttle): an account (`account:<email>`), a network address
 * (`address:<ip>`), or the two together (`pair:<ip> <email>`). Counted before any organisation is known,
 * so not tied to one (docs/scaling.md).
 */
@Injectable()
export class SignInThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether the pair's account signed in from its address recently enough to know it. */
  async isKnown(pair: string, tx?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (tx ?? this.dataSource.manager).query(
      `SELECT 1 FROM sign_in_throttle WHERE key = $1 AND known_until > now()`,
      [pair],
    );
    return rows.length > 0;
  }

  /**
   * The counters of the keys, created when missing and locked until the transaction ends. Rows are created
   * and then locked in key order, so concurrent attempts queue without deadlock.
   */
  async lock(keys: readonly string[], times: ThrottleTimes, tx: EntityManager): Promise<ThrottleCounter[]> {
    await tx.query(
      `INSERT INTO sign_in_throttle (key, failures, window_started_at)
       SELECT key, 0, now() FROM unnest($1::text[]) AS key ORDER BY key ON CONFLICT (key) DO NOTHING`,
      [keys],
    );
    return tx.query(
      `SELECT key, failures, lockouts, ${current('$2')} AS current,
              CEIL(EXTRACT(EPOCH FROM locked_until - now()))::int AS "lockedFor", ${lockMinutes('$3', '$4')} AS "lockMinutes"
         FROM sign_in_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
      [keys, times.windowMinutes, times.firstLockMinutes, times.longestLockMinutes],
    );
  }

  /**
   * Counts a failure on each key: in its current window, or as the first of a new one. Lockouts are
   * remembered for `lockoutsKeptHours`, so locks keep doubling within that time.
   */
  async countFailure(keys: readonly string[], times: ThrottleTimes, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE sign_in_throttle SET
         failures = CASE WHEN ${current('$2')} THEN failures + 1 ELSE 1 END,
         lockouts = CASE WHEN ${current('$2')} OR window_started_at > now() - make_interval(hours => $3)
                         THEN lockouts ELSE 0 END,
         window_started_at = CASE WHEN ${current('$2')} THEN window_started_at ELSE now() END,
         locked_until = CASE WHEN ${current('$2')} THEN locked_until ELSE NULL END
       WHERE key = ANY($1)`,
      [keys, times.windowMinutes, times.lockoutsKeptHours],
    );
  }

  /** Locks each counter that has reached its limit and is not locked yet, for its next lock's length. */
  async lockFull(counters: readonly { key: string; limit: number }[], times: ThrottleTimes): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttle AS t SET
         locked_until = now() + make_interval(mins => ${lockMinutes('$3', '$4')}),
         lockouts = t.lockouts + 1
         FROM unnest($1::text[], $2::int[]) AS c(key, lim)
        WHERE t.key = c.key AND t.failures >= c.lim AND t.locked_until IS NULL`,
      [
        counters.map((counter) => counter.key),
        counters.map((counter) => counter.limit),
        times.firstLockMinutes,
        times.longestLockMinutes,
      ],
    );
  }

  /** The pair becomes (or stays) known for `knownForDays`, its counter afresh and unlocked. */
  async markKnown(pair: string, times: ThrottleTimes): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_throttle (key, failures, window_started_at, known_until)
       VALUES ($1, 0, now(), now() + make_interval(days => $2))
       ON CONFLICT (key) DO UPDATE SET failures = 0, window_started_at = now(), locked_until = NULL, lockouts = 0,
         known_until = EXCLUDED.known_until`,
      [pair, times.knownForDays],
    );
  }

  /** The key's failures start afresh, unless it is locked: the lock stays for everyone it holds off. */
  async clearUnlessLocked(key: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttle SET failures = 0 WHERE key = $1 AND (locked_until IS NULL OR locked_until <= now())`,
      [key],
    );
  }

  /** Takes one failure back from the key. */
  async takeBackOne(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE key = $1`, [
      key,
    ]);
  }

  /**
   * Deletes the counters that no longer say anything: no lock in force, a window (and so any remembered
   * lockout) older than a day, and no address the account is still known at. Returns how many went.
   */
  async deleteStale(): Promise<number> {
    const [, removed]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM sign_in_throttle
        WHERE window_started_at < now() - interval '1 day'
          AND (locked_until IS NULL OR locked_until < now())
          AND (known_until IS NULL OR known_until < now())`,
    );
    return removed;
  }
}
