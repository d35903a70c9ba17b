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
import { SharedLearning } from './shared-learning.entity';

@Entity({ name: 'shared_learning_comment' })
@Index('IDX_shared_learning_comment_learning', ['organizationId', 'learningId', 'createdAt'])
export class LearningComment {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'learning_id', type: 'uuid' })
  learningId: string;

  @ManyToOne(() => SharedLearning, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('learning_id'))
  learning?: SharedLearning;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('author_id'))
  author?: User;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
