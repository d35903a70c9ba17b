import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import { LEARNING_FORMS, type WeekContent } from '@vitaal/shared/weeks';
import { formatNumber } from '@/lib/format';

export interface WeekLine {
  key: string;
  part: 'plan' | 'reflection' | 'sharing';
  label: string;
  /** Empty when not filled in. */
  value: string;
}

/** A week's content as labelled lines of text: for the read-only view and to compare two versions. */
export function useDescribeWeek(goals: GoalResponse[] | undefined) {
  const { t } = useTranslation();
  const number = (value: number | null, unit: 'hours' | 'percent') =>
    value === null ? '' : unit === 'hours' ? t('weeks.describe.hours', { hours: formatNumber(value) }) : `${value}%`;
  const score = (value: number | null) => (value === null ? '' : String(value));
  const goalTitle = (goalId: string) =>
    goals?.find((goal) => goal.id === goalId)?.title ?? t('weeks.reflection.unknownGoal');

  return (content: WeekContent): WeekLine[] => {
    const { plan, reflection } = content;
    const text = (key: 'learned' | 'applied' | 'aiHow' | 'obstacles' | 'supportWanted' | 'nextStep'): WeekLine => ({
      key,
      part: 'reflection',
      label: t(`weeks.reflection.${key}`),
      value: reflection[key],
    });
    return [
      { key: 'intentions', part: 'plan', label: t('weeks.plan.intentions'), value: plan.intentions },
      {
        key: 'plannedHours',
        part: 'plan',
        label: t('weeks.plan.plannedHours'),
        value: number(plan.plannedHours, 'hours'),
      },
      {
        key: 'goals',
        part: 'plan',
        label: t('weeks.plan.goals'),
        value: content.goals.map((goal) => goalTitle(goal.goalId)).join('\n'),
      },
      text('learned'),
      text('applied'),
      ...LEARNING_FORMS.map((form): WeekLine => ({
        key: `hours.${form}`,
        part: 'reflection',
        label: t(`weeks.learningForms.${form}`),
        value: number(reflection.hours[form], 'hours'),
      })),
      { key: 'energy', part: 'reflection', label: t('weeks.scores.energy.legend'), value: score(reflection.energy) },
      { key: 'climate', part: 'reflection', label: t('weeks.scores.climate.legend'), value: score(reflection.climate) },
      {
        key: 'workload',
        part: 'reflection',
        label: t('weeks.scores.workload.legend'),
        value: score(reflection.workload),
      },
      {
        key: 'aiUsed',
        part: 'reflection',
        label: t('weeks.reflection.aiUsed'),
        value:
          reflection.aiUsed === null ? '' : reflection.aiUsed ? t('weeks.reflection.yes') : t('weeks.reflection.no'),
      },
      text('aiHow'),
      {
        key: 'goalProgress',
        part: 'reflection',
        label: t('weeks.reflection.goalsLegend'),
        value: content.goals
          .map((goal) =>
            t('weeks.describe.goal', {
              title: goalTitle(goal.goalId),
              hours: number(goal.hours, 'hours') || '–',
              progress: number(goal.progress, 'percent') || '–',
            }),
          )
          .join('\n'),
      },
      text('obstacles'),
      text('supportWanted'),
      text('nextStep'),
      {
        key: 'shared',
        part: 'sharing',
        label: t('weeks.sharing.label'),
        value: content.shared ? t('weeks.reflection.yes') : t('weeks.reflection.no'),
      },
    ];
  };
}
