import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Requests per key (`write:<user id>`, `auth:<address>`) in the current window, in the database so
 * that every API instance counts the same. Like sign_in_throttle not tied to an organisation: an
 * address belongs to nobody. Counters whose window has passed are swept by later requests.
 */
@Entity({ name: 'rate_limit_counter' })
@Index('IDX_rate_limit_counter_window', ['windowStartedAt'])
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer', default: 1 })
  hits: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;
}
