import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a team did together in a period, counted. */
export interface TeamLearningCounts {
  /** Sessions that started in the period and have started by now. */
  sessionsHeld: number;
  /** Attendances marked at those sessions. */
  attendances: number;
  members: number;
  /** Posts written in the period that no manager hid. */
  sharedLearnings: number;
}

/** The counts behind the team page's figures, over team sessions, memberships and the feed. */
@Injectable()
export class TeamLearningFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The team's counts from `from` up to (not including) `to`, in one query. */
  async countsOf(
    organizationId: string,
    teamId: string,
    { from, to }: { from: Date; to: Date },
  ): Promise<TeamLearningCounts> {
    const [counts] = await this.dataSource.query(
      `WITH held AS (
         SELECT s.id FROM team_session s
          WHERE s.organization_id = $1 AND s.team_id = $2 AND s.starts_at >= $3 AND s.starts_at < least($4, now()))
       SELECT (SELECT count(*)::int FROM held) AS "sessionsHeld",
              (SELECT count(*)::int FROM team_session_attendee a WHERE a.organization_id = $1 AND a.session_id IN (SELECT id FROM held)) AS attendances,
              (SELECT count(*)::int FROM team_membership m WHERE m.organization_id = $1 AND m.team_id = $2) AS members,
              (SELECT count(*)::int FROM shared_learning l
                WHERE l.organization_id = $1 AND l.team_id = $2 AND l.hidden_at IS NULL AND l.created_at >= $3 AND l.created_at < $4) AS "sharedLearnings"`,
      [organizationId, teamId, from, to],
    );
    return counts;
  }
}
