import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { User } from '../users/user.entity';
import { Team } from './team.entity';
import type { TeamRole } from '@vitaal/shared/roles';

@Entity({ name: 'team_membership' })
@Index('IDX_team_membership_user', ['organizationId', 'userId'])
export class TeamMembership {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('team_id'))
  team?: Team;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('user_id'))
  user?: User;

  @Column({ type: 'text', default: 'member' })
  role: TeamRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
