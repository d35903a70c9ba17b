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
} from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import type { CareerCompetency, Challenge, GoalStatus, GoalVisibility } from '@vitaal/shared/goals';
import { User } from '../users/user.entity';
import { Milestone } from './milestone.entity';

@Entity({ name: 'learning_goal' })
@Index('IDX_learning_goal_owner', ['organizationId', 'ownerId', 'status'])
export class Goal {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('owner_id'))
  owner?: User;

  @Column({ type: 'text' })
  title: string;

  /** In the professional's own words: what do I want to learn, and why now. */
  @Column({ name: 'development_question', type: 'text' })
  developmentQuestion: string;

  @Column({ type: 'text', default: '' })
  motivation: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  challenges: Challenge[];

  @Column({ name: 'career_competencies', type: 'text', array: true, default: () => "'{}'" })
  careerCompetencies: CareerCompetency[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  competences: string[];

  @Column({ name: 'success_criteria', type: 'text', default: '' })
  successCriteria: string;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: GoalStatus;

  @Column({ type: 'text', default: 'private' })
  visibility: GoalVisibility;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @OneToMany(() => Milestone, (milestone) => milestone.goal)
  milestones?: Milestone[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
