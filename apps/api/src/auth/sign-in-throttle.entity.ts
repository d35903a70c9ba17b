import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per account (`email:…`) and per address (`ip:…`), counted in the database so
 * that the limits hold across API instances. Not tied to an organisation: the attempt may be
 * for an address nobody has.
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
}
