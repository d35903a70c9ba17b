import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Team } from './team.entity';

@Injectable()
export class TeamsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The team, archived or not; null when the organisation has no such team. */
  find(organizationId: string, teamId: string, tx?: EntityManager): Promise<Team | null> {
    return (tx ?? this.dataSource.manager).findOneBy(Team, { id: teamId, organizationId });
  }
}
