import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { numericColumn } from '../common/database/numeric';
import { Goal } from '../goals/goal.entity';
import { Week } from './week.entity';

/** A goal worked on in a week, with the hours spent and the progress reached. */
@Entity({ name: 'week_goal' })
@Index('IDX_week_goal_goal', ['organizationId', 'goalId'])
export class WeekGoalLink {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'week_id', type: 'uuid' })
  weekId: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Week, (week) => week.goals, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('week_id'))
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  week?: Relation<Week>;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('goal_id'))
  goal?: Goal;

  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericColumn })
  hours: number | null;

  @Column({ type: 'smallint', nullable: true })
  progress: number | null;
}
