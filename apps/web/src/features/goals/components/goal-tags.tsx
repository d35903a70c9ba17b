import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';

/** The challenges a goal serves, as tags; a list, so screen readers hear how many. */
export function ChallengeTags({ goal, label }: { goal: Pick<GoalResponse, 'challenges'>; label: string }) {
  const { t } = useTranslation();
  if (goal.challenges.length === 0) return null;
  return (
    <ul className="goal-tags" aria-label={label}>
      {goal.challenges.map((challenge) => (
        <li key={challenge} className="goal-tag">
          {t(`goals.challenges.${challenge}`)}
        </li>
      ))}
    </ul>
  );
}
