import { Injectable } from '@nestjs/common';
import { localDate, startOfLocalDay } from '@vitaal/shared/iso-week';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { TeamLearningFiguresRepository } from './team-learning-figures.repository';
import type { TeamLearningFiguresResponse } from './team-learning.dto';

/** The team page's figures for the current calendar quarter: counts only, no personal scores. */
@Injectable()
export class TeamLearningFiguresService {
  constructor(
    private readonly access: Access,
    private readonly teamLearning: TeamLearningFiguresRepository,
  ) {}

  async figures(actor: Actor, teamId: string): Promise<TeamLearningFiguresResponse> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const { timezone } = actor.organization;
    const { year, month } = localDate(new Date(), timezone);
    const quarter = Math.floor((month - 1) / 3) + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    const from = startOfLocalDay(`${year}-${pad((quarter - 1) * 3 + 1)}-01`, timezone);
    const to =
      quarter === 4
        ? startOfLocalDay(`${year + 1}-01-01`, timezone)
        : startOfLocalDay(`${year}-${pad(quarter * 3 + 1)}-01`, timezone);

    const counts = await this.teamLearning.countsOf(actor.organizationId, teamId, { from, to });
    const possible = counts.sessionsHeld * counts.members;
    return {
      quarter: `${year}-Q${quarter}`,
      sessionsHeld: counts.sessionsHeld,
      attendanceRate: possible === 0 ? null : Math.round((counts.attendances / possible) * 100) / 100,
      sharedLearnings: counts.sharedLearnings,
    };
  }
}
