import { CreateOrganization1764000000000 } from './1764000000000-CreateOrganization';
import { PeopleTeamsAndSessions1795436718663 } from './1795436718663-PeopleTeamsAndSessions';
import { GoalsAndWeeks1795438228786 } from './1795438228786-GoalsAndWeeks';
import { LearningTimeAndNotifications1795438939935 } from './1795438939935-LearningTimeAndNotifications';
import { CalendarFeedAndJobRuns1795439141967 } from './1795439141967-CalendarFeedAndJobRuns';
import { TeamLearning1795439628429 } from './1795439628429-TeamLearning';
import { InsightsSummary1795500000000 } from './1795500000000-InsightsSummary';
import { RateLimits1795500100000 } from './1795500100000-RateLimits';
import { PersonalData1795500200000 } from './1795500200000-PersonalData';
import { Retention1795500300000 } from './1795500300000-Retention';
import { SummaryWeekIndex1795500400000 } from './1795500400000-SummaryWeekIndex';
import { SignInThrottlePerAccountAndAddress1795600300000 } from './1795600300000-SignInThrottlePerAccountAndAddress';
import { PersonFirstWeek1795600400000 } from './1795600400000-PersonFirstWeek';
import { NormHistory1795600410000 } from './1795600410000-NormHistory';
import { InvitationLinks1795600500000 } from './1795600500000-InvitationLinks';
import { ProgressFollowsMilestones1795600510000 } from './1795600510000-ProgressFollowsMilestones';
import { EmailPerOrganization1795600520000 } from './1795600520000-EmailPerOrganization';
import { TenantKeys1795600800000 } from './1795600800000-TenantKeys';
import { TokensNameTheirOrganization1795600810000 } from './1795600810000-TokensNameTheirOrganization';
import { WeekFigures1795600900000 } from './1795600900000-WeekFigures';

/** Every migration in the order it runs; listed explicitly so bundling and tests find them. */
export const migrations = [
  CreateOrganization1764000000000,
  PeopleTeamsAndSessions1795436718663,
  GoalsAndWeeks1795438228786,
  LearningTimeAndNotifications1795438939935,
  CalendarFeedAndJobRuns1795439141967,
  TeamLearning1795439628429,
  InsightsSummary1795500000000,
  RateLimits1795500100000,
  PersonalData1795500200000,
  Retention1795500300000,
  SummaryWeekIndex1795500400000,
  SignInThrottlePerAccountAndAddress1795600300000,
  PersonFirstWeek1795600400000,
  NormHistory1795600410000,
  InvitationLinks1795600500000,
  ProgressFollowsMilestones1795600510000,
  EmailPerOrganization1795600520000,
  TenantKeys1795600800000,
  TokensNameTheirOrganization1795600810000,
  WeekFigures1795600900000,
];
