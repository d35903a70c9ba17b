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
import { sameOrganization } from '../common/database/same-organization';
import type { RequestStatus } from '@vitaal/shared/learning-time';
import type { LearningForm } from '@vitaal/shared/weeks';
import { numericColumn } from '../common/database/numeric';
import { Goal } from '../goals/goal.entity';
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';

/** Hours of learning inside working time that a professional asks their team's managers for. */
@Entity({ name: 'learning_time_request' })
@Index('IDX_ltr_requester_week', ['organizationId', 'requesterId', 'weekKey'])
@Index('IDX_ltr_team_status', ['organizationId', 'teamId', 'status'])
export class LearningTimeRequest {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('requester_id'))
  requester?: User;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('team_id'))
  team?: Team;

  @Column({ name: 'week_key', type: 'text' })
  weekKey: string;

  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: numericColumn })
  hours: number;

  @Column({ type: 'text' })
  form: LearningForm;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId: string | null;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL' })
  @JoinColumn(sameOrganization('goal_id'))
  goal?: Goal;

  @Column({ type: 'text', default: 'pending' })
  status: RequestStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_comment', type: 'text', default: '' })
  decisionComment: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
