import { CHALLENGES, GOAL_STATUSES } from '@vitaal/shared/goals';
import type { TeamDashboardResponse } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/section';
import { GoalChart } from './goal-chart';

/** The team's learning goals by status and by challenge; not for a team too small to stay anonymous, nor charts of nothing. */
export function TeamGoals({ dashboard }: { dashboard: TeamDashboardResponse }) {
  const { t } = useTranslation();
  const { goalsByStatus, goalsByChallenge } = dashboard;
  if (!goalsByStatus || !goalsByChallenge || Object.values(goalsByStatus).every((count) => count === 0)) {
    return (
      <Section title={t('insights.charts.goals.title')} className="panel">
        <p>
          {goalsByStatus
            ? t('insights.charts.goals.none')
            : t('insights.charts.goals.withheld', { min: dashboard.minGroupSize })}
        </p>
      </Section>
    );
  }
  return (
    <>
      <GoalChart
        title={t('insights.charts.goals.byStatus')}
        description={t('insights.charts.goals.byStatusDescription')}
        bars={GOAL_STATUSES.map((status) => ({
          key: status,
          label: t(`insights.goalStatus.${status}`),
          count: goalsByStatus[status],
        }))}
      />
      <GoalChart
        title={t('insights.charts.goals.byChallenge')}
        description={t('insights.charts.goals.byChallengeDescription')}
        bars={CHALLENGES.map((challenge) => ({
          key: challenge,
          label: t(`insights.challenges.${challenge}`),
          count: goalsByChallenge[challenge],
        }))}
      />
    </>
  );
}
