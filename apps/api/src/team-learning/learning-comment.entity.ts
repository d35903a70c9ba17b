import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { SharedLearning } from './shared-learning.entity';

@Entity({ name: 'shared_learning_comment' })
@Index('IDX_shared_learning_comment_learning', ['organizationId', 'learningId', 'createdAt'])
export class LearningComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'learning_id', type: 'uuid' })
  learningId: string;

  @ManyToOne(() => SharedLearning, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'learning_id' })
  learning?: SharedLearning;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
