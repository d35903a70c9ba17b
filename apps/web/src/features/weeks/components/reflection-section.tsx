import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import { TextAreaField } from '@/components/form-fields';
import { useFieldError } from '../hooks/use-field-error';
import type { Score, WeekFormValues } from '../utils/week-form';
import { GoalProgressFields } from './goal-progress-fields';
import { HoursByForm } from './hours-by-form';
import { RadioScale } from './radio-scale';
import { WeekFieldset } from './week-fieldset';
import { WeekSection } from './week-section';

const SCORES: readonly Score[] = ['energy', 'climate', 'workload'];
const SCALE = ['1', '2', '3', '4', '5'] as const;

interface ReflectionSectionProps {
  form: UseFormReturn<WeekFormValues>;
  chosenGoals: { key: string; goalId: string }[];
  goals: GoalResponse[] | undefined;
}

/** The end of the week: look back, score it, and choose the next step (which opens next week's plan). */
export function ReflectionSection({ form, chosenGoals, goals }: ReflectionSectionProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError(form);
  const aiUsed = useWatch({ control: form.control, name: 'reflection.aiUsed' });
  const text = (name: 'learned' | 'applied' | 'obstacles' | 'supportWanted' | 'nextStep', rows = 3) => (
    <TextAreaField
      label={t(`weeks.reflection.${name}`)}
      hint={t(`weeks.reflection.${name}Hint`)}
      rows={rows}
      error={fieldError(`reflection.${name}`)}
      {...form.register(`reflection.${name}`)}
    />
  );

  return (
    <WeekSection title={t('weeks.reflection.title')} intro={t('weeks.reflection.intro')}>
      {text('learned', 4)}
      {text('applied', 4)}
      <HoursByForm form={form} />
      <div className="week-scores">
        {SCORES.map((score) => (
          <RadioScale
            key={score}
            legend={t(`weeks.scores.${score}.legend`)}
            hint={t(`weeks.scores.${score}.hint`)}
            error={fieldError(`reflection.${score}`)}
            registration={form.register(`reflection.${score}`)}
            options={SCALE.map((value) => ({ value, label: t(`weeks.scores.${score}.${value}`) }))}
          />
        ))}
      </div>
      <RadioScale
        legend={t('weeks.reflection.aiUsed')}
        hint={t('weeks.reflection.aiUsedHint')}
        error={fieldError('reflection.aiUsed')}
        registration={form.register('reflection.aiUsed')}
        options={[
          { value: 'yes', label: t('weeks.reflection.yes') },
          { value: 'no', label: t('weeks.reflection.no') },
        ]}
      />
      {aiUsed === 'yes' && (
        <TextAreaField
          label={t('weeks.reflection.aiHow')}
          hint={t('weeks.reflection.aiHowHint')}
          error={fieldError('reflection.aiHow')}
          {...form.register('reflection.aiHow')}
        />
      )}
      <WeekFieldset legend={t('weeks.reflection.goalsLegend')} className="week-goals">
        <GoalProgressFields form={form} chosen={chosenGoals} goals={goals} />
      </WeekFieldset>
      {text('obstacles')}
      {text('supportWanted')}
      {text('nextStep')}
    </WeekSection>
  );
}
