import { Global, Module } from '@nestjs/common';
import { Transactions } from '../common/database/transactions';
import { GoalsRepository } from '../goals/goals.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { TeamsRepository } from '../teams/teams.repository';
import { UsersRepository } from '../users/users.repository';

/**
 * Every repository, and the transaction runner, in one global module: feature modules and the access
 * entry inject any of them without importing each other's modules (no cycles). Feature modules keep
 * their controllers and services.
 */
const REPOSITORIES = [
  Transactions,
  GoalsRepository,
  MembershipsRepository,
  OrganizationsRepository,
  TeamsRepository,
  UsersRepository,
];

@Global()
@Module({ providers: REPOSITORIES, exports: REPOSITORIES })
export class RepositoriesModule {}
