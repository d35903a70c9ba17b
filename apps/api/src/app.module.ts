import { Module, type DynamicModule } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { DatabaseModule } from './database/database.module';
import { RepositoriesModule } from './database/repositories.module';
import { GoalsModule } from './goals/goals.module';
import { HealthModule } from './health/health.module';
import { InsightsModule } from './insights/insights.module';
import { InvitationsModule } from './invitations/invitations.module';
import { LearningTimeModule } from './learning-time/learning-time.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { RetentionModule } from './retention/retention.module';
import { TeamLearningModule } from './team-learning/team-learning.module';
import { TeamsModule } from './teams/teams.module';
import { TransparencyModule } from './transparency/transparency.module';
import { UsersModule } from './users/users.module';
import { WeeksModule } from './weeks/weeks.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RepositoriesModule,
        AccessModule,
        AuditModule,
        NotificationsModule,
        AuthModule,
        HealthModule,
        OrganizationsModule,
        UsersModule,
        TeamsModule,
        InvitationsModule,
        GoalsModule,
        WeeksModule,
        LearningTimeModule,
        TeamLearningModule,
        InsightsModule,
        RateLimitsModule,
        TransparencyModule,
        PersonalDataModule,
        RetentionModule,
      ],
    };
  }
}
