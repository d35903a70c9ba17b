import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { User } from '../users/user.entity';
import { TeamSession } from './team-session.entity';

/** A member who marked themself present at a session. */
@Entity({ name: 'team_session_attendee' })
export class SessionAttendee {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => TeamSession, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('session_id'))
  session?: TeamSession;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('user_id'))
  user?: User;

  /** When the session's hours went into the person's week as peer learning; once only. */
  @Column({ name: 'hours_carried_at', type: 'timestamptz', nullable: true })
  hoursCarriedAt: Date | null;
}
