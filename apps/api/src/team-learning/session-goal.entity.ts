import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { Goal } from '../goals/goal.entity';
import { TeamSession } from './team-session.entity';

/** A goal its owner worked on in a team session. */
@Entity({ name: 'team_session_goal' })
export class SessionGoal {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => TeamSession, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('session_id'))
  session?: TeamSession;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('goal_id'))
  goal?: Goal;
}
