import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import { formatDate } from '../utils/format';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === '' || children === null || (Array.isArray(children) && children.length === 0);
  return (
    <div className="goal-details__item">
      <dt>{term}</dt>
      <dd className={empty ? 'goal-details__empty' : undefined}>{empty ? t('goals.details.empty') : children}</dd>
    </div>
  );
}

/** What the goal is about, read-only. */
export function GoalDetails({ goal }: { goal: GoalResponse }) {
  const { t } = useTranslation();
  return (
    <dl className="goal-details">
      <Detail term={t('goals.fields.developmentQuestion')}>{goal.developmentQuestion}</Detail>
      <Detail term={t('goals.fields.motivation')}>{goal.motivation}</Detail>
      <Detail term={t('goals.fields.successCriteria')}>{goal.successCriteria}</Detail>
      <Detail term={t('goals.fields.challenges')}>
        {goal.challenges.map((value) => t(`goals.challenges.${value}`)).join(', ')}
      </Detail>
      <Detail term={t('goals.fields.careerCompetencies')}>
        {goal.careerCompetencies.map((value) => t(`goals.careerCompetencies.${value}`)).join(', ')}
      </Detail>
      <Detail term={t('goals.fields.competences')}>{goal.competences.join(', ')}</Detail>
      <Detail term={t('goals.fields.targetDate')}>{goal.targetDate ? formatDate(goal.targetDate) : ''}</Detail>
      <Detail term={t('goals.fields.visibility')}>
        {`${t(`goals.visibility.${goal.visibility}`)}: ${t(`goals.visibility.${goal.visibility}Explained`)}`}
      </Detail>
    </dl>
  );
}
