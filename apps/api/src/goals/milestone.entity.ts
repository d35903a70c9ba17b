import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  PrimaryColumn,
} from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { Goal } from './goal.entity';

@Entity({ name: 'goal_milestone' })
@Index('IDX_goal_milestone_goal', ['organizationId', 'goalId', 'position'])
export class Milestone {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, (goal) => goal.milestones, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('goal_id'))
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  goal?: Relation<Goal>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ type: 'integer' })
  position: number;
}
