import type { TeamDashboardResponse } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { isQuiet } from '../utils/period';
import { HoursChart } from './hours-chart';
import { KeyFigureCards } from './key-figure-cards';
import { ParticipationChart } from './participation-chart';
import { ProvisionalNote } from './provisional-note';
import { TeamGoals } from './team-goals';
import { WellbeingChart } from './wellbeing-chart';

/** A team's key figures, its weeks as charts, and its goals. */
export function TeamDashboard({ dashboard }: { dashboard: TeamDashboardResponse }) {
  const { t } = useTranslation();
  const { weeks, minGroupSize } = dashboard;
  if (weeks.length === 0 || weeks.at(-1)!.members === 0) {
    return (
      <EmptyState title={t('insights.team.noMembersTitle')}>
        <p>{t('insights.team.noMembersBody')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ProvisionalNote weeks={weeks.filter((week) => week.provisional).map((week) => week.week)} />
      <KeyFigureCards weeks={weeks} minGroupSize={minGroupSize} />
      {isQuiet(weeks) ? (
        <EmptyState title={t('insights.team.quietTitle')}>
          <p>{t('insights.team.quietBody')}</p>
        </EmptyState>
      ) : (
        <div className="insights-charts">
          <ParticipationChart weeks={weeks} minGroupSize={minGroupSize} />
          <HoursChart weeks={weeks} minGroupSize={minGroupSize} />
          <WellbeingChart weeks={weeks} minGroupSize={minGroupSize} />
        </div>
      )}
      <div className="insights-charts insights-charts--pair">
        <TeamGoals dashboard={dashboard} />
      </div>
    </>
  );
}
