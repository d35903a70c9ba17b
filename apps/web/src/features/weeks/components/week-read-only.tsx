import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { useDescribeWeek, type WeekLine } from '../hooks/use-describe-week';
import { WeekSection } from './week-section';
import { WeekValue } from './week-value';

function Lines({ lines }: { lines: WeekLine[] }) {
  return (
    <dl className="week-lines">
      {lines.map((line) => (
        <div key={line.key} className="week-lines__item">
          <dt>{line.label}</dt>
          <dd>
            <WeekValue value={line.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A week that may no longer be changed: its plan and reflection as they were saved. */
export function WeekReadOnly({ week, goals }: { week: WeekResponse; goals: GoalResponse[] | undefined }) {
  const { t } = useTranslation();
  const lines = useDescribeWeek(goals)(week);
  return (
    <>
      <WeekSection title={t('weeks.plan.title')}>
        <Lines lines={lines.filter((line) => line.part === 'plan')} />
      </WeekSection>
      <WeekSection title={t('weeks.reflection.title')}>
        <Lines lines={lines.filter((line) => line.part === 'reflection')} />
      </WeekSection>
      <WeekSection title={t('weeks.sharing.title')}>
        <Lines lines={lines.filter((line) => line.part === 'sharing')} />
      </WeekSection>
    </>
  );
}
