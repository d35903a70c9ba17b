import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDate, startOfLocalDay } from '@vitaal/shared/iso-week';
import { DataSource } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Organization } from '../organizations/organization.entity';
import type { TeamLearningFiguresResponse } from './team-learning.dto';

/** The team page's figures for the current calendar quarter: counts only, no personal scores. */
@Injectable()
export class TeamLearningFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
  ) {}

  async figures(actor: Actor, teamId: string): Promise<TeamLearningFiguresResponse> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: actor.organizationId });
    const { year, month } = localDate(new Date(), organization.timezone);
    const quarter = Math.floor((month - 1) / 3) + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    const from = startOfLocalDay(`${year}-${pad((quarter - 1) * 3 + 1)}-01`, organization.timezone);
    const to =
      quarter === 4
        ? startOfLocalDay(`${year + 1}-01-01`, organization.timezone)
        : startOfLocalDay(`${year}-${pad(quarter * 3 + 1)}-01`, organization.timezone);

    const [row] = await this.dataSource.query(
      `WITH held AS (
         SELECT s.id FROM team_session s
          WHERE s.organization_id = $1 AND s.team_id = $2 AND s.starts_at >= $3 AND s.starts_at < least($4, now()))
       SELECT (SELECT count(*)::int FROM held) AS sessions_held,
              (SELECT count(*)::int FROM team_session_attendee a WHERE a.organization_id = $1 AND a.session_id IN (SELECT id FROM held)) AS attendances,
              (SELECT count(*)::int FROM team_membership m WHERE m.organization_id = $1 AND m.team_id = $2) AS members,
              (SELECT count(*)::int FROM shared_learning l
                WHERE l.organization_id = $1 AND l.team_id = $2 AND l.hidden_at IS NULL AND l.created_at >= $3 AND l.created_at < $4) AS learnings`,
      [actor.organizationId, teamId, from, to],
    );
    const possible = row.sessions_held * row.members;
    return {
      quarter: `${year}-Q${quarter}`,
      sessionsHeld: row.sessions_held,
      attendanceRate: possible === 0 ? null : Math.round((row.attendances / possible) * 100) / 100,
      sharedLearnings: row.learnings,
    };
  }
}
