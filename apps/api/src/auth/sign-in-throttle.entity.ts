import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per account (`account:<email>`), per client address (`address:<ip>`) and per
 * address an account signed in from before (`pair:<ip> <email>`), counted in the database so that
 * the limits hold across API instances. Not tied to an organisation: the attempt may be for an
 * address nobody has.
 */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Locks within the last day; each one doubles the next. */
  @Column({ type: 'integer', default: 0 })
  lockouts: number;

  /** For a pair: until when the account counts this address as one it signs in from. */
  @Column({ name: 'known_until', type: 'timestamptz', nullable: true })
  knownUntil: Date | null;
}
