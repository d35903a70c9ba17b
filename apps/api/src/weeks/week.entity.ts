import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  PrimaryColumn,
  VirtualColumn,
} from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import type { WeekStatus } from '@vitaal/shared/weeks';
import { numericColumn } from '../common/database/numeric';
import { User } from '../users/user.entity';
import { WeekGoalLink } from './week-goal.entity';

const hours = (name: string) => ({
  name,
  type: 'numeric' as const,
  precision: 4,
  scale: 1,
  nullable: true,
  transformer: numericColumn,
});

/**
 * SQL: the hours learned in the week `week` (an alias of vital_week): the one definition, function
 * vitaal_actual_hours (migration WeekFigures), which the team summary counts with too.
 */
export const actualHoursOf = (week: string) =>
  `vitaal_actual_hours(${week}.hours_workplace, ${week}.hours_course, ${week}.hours_peer, ${week}.hours_self_study)`;

/** One person's Vital Week: the plan at the start and the reflection at the end. */
@Entity({ name: 'vital_week' })
@Index('UQ_vital_week_owner_week', ['organizationId', 'ownerId', 'weekKey'], { unique: true })
@Index('IDX_vital_week_org_week', ['organizationId', 'weekKey'])
export class Week {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('owner_id'))
  owner?: User;

  /** ISO week key such as 2026-W48, in the organisation's time zone. */
  @Column({ name: 'week_key', type: 'text' })
  weekKey: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ type: 'text', default: 'draft' })
  status: WeekStatus;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ type: 'text', default: '' })
  intentions: string;

  @Column(hours('planned_hours'))
  plannedHours: number | null;

  @Column({ type: 'text', default: '' })
  learned: string;

  @Column({ type: 'text', default: '' })
  applied: string;

  @Column(hours('hours_workplace'))
  hoursWorkplace: number | null;

  @Column(hours('hours_course'))
  hoursCourse: number | null;

  @Column(hours('hours_peer'))
  hoursPeer: number | null;

  @Column(hours('hours_self_study'))
  hoursSelfStudy: number | null;

  /** The hours learned: the sum of the kinds filled in, null when none is. Read only, computed by the database. */
  @VirtualColumn({ type: 'numeric', query: (week) => `SELECT ${actualHoursOf(week)}`, transformer: numericColumn })
  actualHours: number | null;

  @Column({ type: 'smallint', nullable: true })
  energy: number | null;

  @Column({ type: 'smallint', nullable: true })
  climate: number | null;

  @Column({ type: 'smallint', nullable: true })
  workload: number | null;

  @Column({ name: 'ai_used', type: 'boolean', nullable: true })
  aiUsed: boolean | null;

  @Column({ name: 'ai_how', type: 'text', default: '' })
  aiHow: string;

  @Column({ type: 'text', default: '' })
  obstacles: string;

  @Column({ name: 'support_wanted', type: 'text', default: '' })
  supportWanted: string;

  @Column({ name: 'next_step', type: 'text', default: '' })
  nextStep: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @OneToMany(() => WeekGoalLink, (link) => link.week)
  goals?: WeekGoalLink[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
