import type { IsoWeekKey } from '@vitaal/shared/iso-week';
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
import { Team } from '../teams/team.entity';
import { User } from '../users/user.entity';

/** "What I learned and want to share": a short post in a team's feed. */
@Entity({ name: 'shared_learning' })
@Index('IDX_shared_learning_team_time', ['organizationId', 'teamId', 'createdAt'])
export class SharedLearning {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('team_id'))
  team?: Team;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('author_id'))
  author?: User;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'from_week', type: 'text', nullable: true })
  fromWeek: IsoWeekKey | null;

  /** Set when a manager of the team hid the post; members no longer see it. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
