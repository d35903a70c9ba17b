import { Global, Module } from '@nestjs/common';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { SessionsRepository } from '../auth/sessions.repository';
import { SignInThrottleRepository } from '../auth/sign-in-throttle.repository';
import { Transactions } from '../common/database/transactions';
import { JobRunsRepository } from '../common/jobs/job-runs.repository';
import { GoalsRepository } from '../goals/goals.repository';
import { InsightsRepository } from '../insights/insights.repository';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { NormsRepository } from '../learning-norm/norms.repository';
import { LearningTimeRequestsRepository } from '../learning-time/learning-time-requests.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import { MigrationsRepository } from '../health/migrations.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { ErasureRequestsRepository } from '../personal-data/erasure-requests.repository';
import { PersonalDataRepository } from '../personal-data/personal-data.repository';
import { RateLimitCountersRepository } from '../rate-limits/rate-limit-counters.repository';
import { SharedLearningsRepository } from '../team-learning/shared-learnings.repository';
import { TeamLearningFiguresRepository } from '../team-learning/team-learning-figures.repository';
import { TeamSessionsRepository } from '../team-learning/team-sessions.repository';
import { TeamsRepository } from '../teams/teams.repository';
import { UsersRepository } from '../users/users.repository';
import { WeeksRepository } from '../weeks/weeks.repository';

/**
 * Every repository, and the transaction runner, in one global module: feature modules and the access
 * entry inject any of them without importing each other's modules (no cycles). Feature modules keep
 * their controllers and services.
 */
const REPOSITORIES = [
  Transactions,
  AuditEventsRepository,
  ErasureRequestsRepository,
  GoalsRepository,
  InsightsRepository,
  InvitationsRepository,
  JobRunsRepository,
  LearningTimeRequestsRepository,
  MembershipsRepository,
  MigrationsRepository,
  NormsRepository,
  NotificationsRepository,
  OrganizationsRepository,
  PersonalDataRepository,
  RateLimitCountersRepository,
  SessionsRepository,
  SharedLearningsRepository,
  SignInThrottleRepository,
  TeamLearningFiguresRepository,
  TeamSessionsRepository,
  TeamsRepository,
  UsersRepository,
  WeeksRepository,
];

@Global()
@Module({ providers: REPOSITORIES, exports: REPOSITORIES })
export class RepositoriesModule {}
