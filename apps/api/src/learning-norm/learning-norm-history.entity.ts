import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';

/**
 * The organisation's learning norm (% of contract hours) in force from one ISO week until another
 * (until_week excluded; null while still in force). '0000-W01' stands for "since the beginning".
 * Only a trigger on organization writes it (migration NormHistory), on every change of the norm.
 */
@Entity({ name: 'learning_norm_history' })
export class LearningNormHistory {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @PrimaryColumn({ name: 'from_week', type: 'text' })
  fromWeek: string;

  @Column({ name: 'until_week', type: 'text', nullable: true })
  untilWeek: string | null;

  @Column({ type: 'smallint' })
  percent: number;
}
