import type { MyOverviewResponse } from '@vitaal/shared/weeks';
import { LearningHoursChart } from './learning-hours-chart';
import { WellbeingChart } from './wellbeing-chart';

export function OverviewCharts({ overview }: { overview: MyOverviewResponse }) {
  return (
    <>
      <LearningHoursChart weeks={overview.weeks} normHours={overview.weeklyNormHours} />
      <WellbeingChart weeks={overview.weeks} />
    </>
  );
}
