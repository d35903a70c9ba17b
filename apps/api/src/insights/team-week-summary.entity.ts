import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameOrganization } from '../common/database/same-organization';
import { numericColumn } from '../common/database/numeric';
import { Team } from '../teams/team.entity';

const count = { type: 'integer' as const, default: 0 };
const hours = { type: 'numeric' as const, default: 0, transformer: numericColumn };

/**
 * Sums and counts per team and ISO week over the weeks of the team's active members, so the
 * dashboards read a dozen rows instead of every week. Only PostgreSQL triggers write it (migration
 * InsightsSummary), on every change of a week, a membership or a person's active flag, whoever
 * makes it. Archived teams keep their rows; the queries leave them out.
 */
// The organisation overview reads every team's rows of a few weeks.
@Index('IDX_team_week_summary_org_week', ['organizationId', 'weekKey'])
@Entity({ name: 'team_week_summary' })
export class TeamWeekSummary {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn(sameOrganization('team_id'))
  team?: Team;

  @PrimaryColumn({ name: 'week_key', type: 'text' })
  weekKey: string;

  /** Weeks with intentions or planned hours. */
  @Column(count)
  plans: number;

  @Column(count)
  submitted: number;

  @Column({ name: 'planned_hours', ...hours })
  plannedHours: number;

  /** Hours of submitted weeks only, like every score below. */
  @Column({ name: 'actual_hours', ...hours })
  actualHours: number;

  @Column({ name: 'energy_sum', ...count })
  energySum: number;

  @Column({ name: 'energy_n', ...count })
  energyN: number;

  @Column({ name: 'climate_sum', ...count })
  climateSum: number;

  @Column({ name: 'climate_n', ...count })
  climateN: number;

  @Column({ name: 'workload_sum', ...count })
  workloadSum: number;

  @Column({ name: 'workload_n', ...count })
  workloadN: number;

  @Column({ name: 'ai_yes', ...count })
  aiYes: number;

  @Column({ name: 'ai_n', ...count })
  aiN: number;
}
