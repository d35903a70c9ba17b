import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, type TeamLearningAction } from '../access/access.policy';
import type { Actor } from '../access/actor';
import { NotFound } from '../common/errors/domain-error';
import { Team } from '../teams/team.entity';

/** The team must exist in the actor's organisation (else 404, whatever the role), then the policy decides. */
@Injectable()
export class TeamLearningAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async require(actor: Actor, teamId: string, action: TeamLearningAction): Promise<void> {
    if (!(await this.dataSource.getRepository(Team).existsBy({ id: teamId, organizationId: actor.organizationId })))
      throw new NotFound();
    this.policy.requireTeamLearning(actor, teamId, action);
  }
}
