import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  PrimaryColumn,
} from 'typeorm';
import { numericColumn } from '../common/database/numeric';
import { Organization } from '../organizations/organization.entity';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import type { Locale } from '@vitaal/shared/locale';
import type { OrgRole } from '@vitaal/shared/roles';

@Entity({ name: 'app_user' })
@Index('IDX_app_user_org', ['organizationId', 'displayName'])
@Index('UQ_app_user_org_email', ['organizationId', 'email'], { unique: true })
@Index('UQ_app_user_calendar_token', ['organizationId', 'calendarTokenHash'], { unique: true })
export class User {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /**
   * Stored lower-case; unique within the organisation. The same address can have an account in several
   * organisations (as in workspace products), so nothing tells one organisation about another's people;
   * sign-in finds them by address and asks which one when the password opens more than one.
   */
  @Index('IDX_app_user_email')
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'contract_hours', type: 'numeric', precision: 4, scale: 1, default: 36, transformer: numericColumn })
  contractHours: number;

  @Column({ type: 'text', default: 'nl' })
  locale: Locale;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: OrgRole[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** SHA-256 of the secret in the person's calendar-feed URL; null when they have none. */
  @Column({ name: 'calendar_token_hash', type: 'text', nullable: true })
  calendarTokenHash: string | null;

  /**
   * The ISO week from which the person counts (their weeks, reminders, team figures): the week the account
   * was created, or their earliest recorded week if that is earlier. Kept by triggers (migration PersonFirstWeek).
   */
  @Column({ name: 'first_week', type: 'text', update: false })
  firstWeek: IsoWeekKey;

  /** Set when the account was erased on request: the row stays, anonymised, for history that needs a name. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
