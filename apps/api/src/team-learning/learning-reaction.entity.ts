import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import type { ReactionKind } from '@vitaal/shared/team-learning';
import { SharedLearning } from './shared-learning.entity';

@Entity({ name: 'shared_learning_reaction' })
export class LearningReaction {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'learning_id', type: 'uuid' })
  learningId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: ReactionKind;

  @ManyToOne(() => SharedLearning, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('learning_id'))
  learning?: SharedLearning;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
