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
import type { SessionKind } from '@vitaal/shared/team-learning';
import { Team } from '../teams/team.entity';

/** A team learning together: intervision, peer learning, a knowledge share, a retrospective. */
@Entity({ name: 'team_session' })
@Index('IDX_team_session_team_time', ['organizationId', 'teamId', 'startsAt'])
export class TeamSession {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('team_id'))
  team?: Team;

  @Column({ type: 'text' })
  kind: SessionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'facilitator_id', type: 'uuid', nullable: true })
  facilitatorId: string | null;

  @Column({ type: 'text', default: '' })
  agenda: string;

  @Column({ type: 'text', default: '' })
  outcomes: string;

  @Column({ type: 'text', default: '' })
  agreements: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
