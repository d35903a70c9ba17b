import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { SignInThrottleRepository, type ThrottleTimes } from './sign-in-throttle.repository';

/** Failures within the window at one account, and at one account from one address it is known at. */
const FAILURES_PER_ACCOUNT = 5;
/** The window failures count in; locks double within a day, up to four hours; a known address stays known 90 days. */
const TIMES: ThrottleTimes = {
  windowMinutes: 15,
  firstLockMinutes: 15,
  longestLockMinutes: 4 * 60,
  lockoutsKeptHours: 24,
  knownForDays: 90,
};

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
 * Locks double within a day, up to four hours. Every attempt is counted as a failure
 * before its password is checked, under row locks, so parallel guesses cannot all be checked before
 * the first failure is written: at most the limit is ever checked per window. A success takes its
 * count back.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly counters: SignInThrottleRepository,
  ) {}

  /** Throws TooManySignIns while a counter that applies is locked or full; otherwise counts the attempt. */
  async reserve(email: string, ip: string): Promise<SignInAttempt> {
    const account = `account:${email}`;
    const address = `address:${ip}`;
    const pair = `pair:${ip} ${email}`;
    return this.transactions.run(async (tx) => {
      const known = await this.counters.isKnown(pair, tx);
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
      const rows = await this.counters.lock(keys, TIMES, tx);
      const waits = rows.map((row) => {
        const counter = counters.find((candidate) => candidate.key === row.key);
        if (!counter?.enforced) return 0;
        if ((row.lockedFor ?? 0) > 0) return row.lockedFor ?? 0;
        // Full but not locked yet: the attempts that filled it are still being checked.
        return row.current && row.failures >= counter.limit ? row.lockMinutes * 60 : 0;
      });
      const wait = Math.max(0, ...waits);
      if (wait > 0) throw new TooManySignIns(wait);
      await this.counters.countFailure(keys, TIMES, tx);
      return { account, address, pair, known, counters };
    });
  }

  /** The attempt's count stays; a counter that is now full locks. */
  async failed(attempt: SignInAttempt): Promise<void> {
    await this.counters.lockFull(attempt.counters, TIMES);
  }

  /**
   * The address becomes (or stays) known for the account. The account's failures start afresh,
   * unless it is locked: a success from a known address does not lift the lock for everyone else.
   * The address gets this attempt's count back.
   */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.counters.markKnown(attempt.pair, TIMES);
    await this.counters.clearUnlessLocked(attempt.account);
    if (!attempt.known) await this.counters.takeBackOne(attempt.address);
  }
}
