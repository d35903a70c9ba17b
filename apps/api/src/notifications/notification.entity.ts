import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { User } from '../users/user.entity';

/** An in-app message for one person; `kind` and `data` let the web app word it in their language. */
@Entity({ name: 'notification' })
@Index('IDX_notification_user_time', ['organizationId', 'userId', 'createdAt'])
export class Notification {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('user_id'))
  user?: User;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
