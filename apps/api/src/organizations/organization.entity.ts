import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Locale } from '@vitaal/shared/locale';
import { RETENTION_MONTHS } from '@vitaal/shared/organization';

/** A tenant: every other row belongs to exactly one organisation. */
@Entity({ name: 'organization' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'Europe/Amsterdam' })
  timezone: string;

  @Column({ type: 'text', default: 'nl' })
  locale: Locale;

  /** Weekly learning norm as a percentage of contract hours. */
  @Column({ name: 'learning_norm_percent', type: 'smallint', default: 10 })
  learningNormPercent: number;

  /** Days after a week ends during which its reflection may still be edited. */
  @Column({ name: 'reflection_edit_window_days', type: 'smallint', default: 14 })
  reflectionEditWindowDays: number;

  /** Fewest people an aggregated personal score may be computed over. */
  @Column({ name: 'min_group_size', type: 'smallint', default: 5 })
  minGroupSize: number;

  /** Months after a week ends until the retention job deletes it and its learning-time requests. */
  @Column({ name: 'retention_months', type: 'smallint', default: RETENTION_MONTHS.default })
  retentionMonths: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
