import { useTranslation } from 'react-i18next';
import type { Milestone } from '@vitaal/shared/goals';

/**
 * The goal's progress in words ("67% gedaan", with "2 van 3 mijlpalen gehaald" when milestones set it)
 * and a bar beside it that only adds to the text.
 */
export function ProgressBar({ progress, milestones }: { progress: number; milestones: readonly Milestone[] }) {
  const { t } = useTranslation();
  const done = milestones.filter((milestone) => milestone.done).length;
  return (
    <div className="goal-progress">
      <span className="goal-progress__bar" aria-hidden="true">
        <span className="goal-progress__fill" style={{ width: `${progress}%` }} />
      </span>
      <span className="goal-progress__text">
        {t('goals.progress.done', { progress })}
        {milestones.length > 0 && ` · ${t('goals.progress.milestonesDone', { done, total: milestones.length })}`}
      </span>
    </div>
  );
}
