import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { numericColumn } from '../common/database/numeric';
import { User } from '../users/user.entity';

/**
 * A person's contract hours per week in force from one ISO week until another (until_week excluded;
 * null while still in force). '0000-W01' stands for "since the beginning". Only triggers on
 * app_user write it (migration NormHistory), when a person is created and on every change.
 */
@Entity({ name: 'contract_hours_history' })
export class ContractHoursHistory {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('user_id'))
  user?: User;

  @PrimaryColumn({ name: 'from_week', type: 'text' })
  fromWeek: string;

  @Column({ name: 'until_week', type: 'text', nullable: true })
  untilWeek: string | null;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: numericColumn })
  hours: number;
}
