import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CAREER_COMPETENCIES, CHALLENGES, GOAL_VISIBILITIES } from '@vitaal/shared/goals';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextAreaField, TextField } from '@/components/form-fields';
import { applyServerErrors } from '@/lib/forms';
import { useFieldError } from '../hooks/use-field-error';
import { CheckboxChoices } from './checkbox-choices';
import { goalFormSchema, type GoalFormValues } from './goal-form-schema';
import { RadioChoices } from './radio-choices';

const FIELDS = Object.keys(goalFormSchema.shape) as Path<GoalFormValues>[];

interface GoalFormProps {
  defaultValues: GoalFormValues;
  /** A new goal starts as draft or active here; an existing one changes status with its own buttons. */
  withStatus: boolean;
  submitLabel: string;
  /** Resolves when saved; a rejection lands on its fields, or above the buttons. */
  onSubmit: (values: GoalFormValues) => Promise<unknown>;
  onCancel?: () => void;
  /** How a failure that belongs to no field is told; the general error message by default. */
  renderError?: (error: unknown) => ReactNode;
}

/** Everything a learning goal holds, for a new goal and for editing one. */
export function GoalForm({ defaultValues, withStatus, submitLabel, onSubmit, onCancel, renderError }: GoalFormProps) {
  const { t } = useTranslation();
  const form = useForm<GoalFormValues>({ resolver: zodResolver(goalFormSchema), defaultValues });
  const fieldError = useFieldError(form);
  const [formError, setFormError] = useState<unknown>(null);
  const { register, control } = form;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (!applyServerErrors(error, form.setError, FIELDS)) setFormError(error);
    }
  });

  return (
    <form className="form goal-form" noValidate onSubmit={submit}>
      <TextField
        label={t('goals.fields.title')}
        hint={t('goals.form.titleHint')}
        error={fieldError('title')}
        {...register('title')}
      />
      <TextAreaField
        label={t('goals.fields.developmentQuestion')}
        hint={t('goals.form.developmentQuestionHint')}
        rows={4}
        error={fieldError('developmentQuestion')}
        {...register('developmentQuestion')}
      />
      <TextAreaField
        label={t('goals.fields.motivation')}
        hint={t('goals.form.motivationHint')}
        error={fieldError('motivation')}
        {...register('motivation')}
      />
      <CheckboxChoices
        control={control}
        name="challenges"
        legend={t('goals.fields.challenges')}
        hint={t('goals.form.challengesHint')}
        options={CHALLENGES.map((value) => ({ value, label: t(`goals.challenges.${value}`) }))}
      />
      <CheckboxChoices
        control={control}
        name="careerCompetencies"
        legend={t('goals.fields.careerCompetencies')}
        hint={t('goals.form.careerCompetenciesHint')}
        options={CAREER_COMPETENCIES.map((value) => ({ value, label: t(`goals.careerCompetencies.${value}`) }))}
      />
      <TextField
        label={t('goals.fields.competences')}
        hint={t('goals.form.competences.hint')}
        error={fieldError('competences')}
        {...register('competences')}
      />
      <TextAreaField
        label={t('goals.fields.successCriteria')}
        hint={t('goals.form.successCriteriaHint')}
        error={fieldError('successCriteria')}
        {...register('successCriteria')}
      />
      <TextField
        label={t('goals.fields.targetDate')}
        type="date"
        error={fieldError('targetDate')}
        {...register('targetDate')}
      />
      <RadioChoices
        legend={t('goals.fields.visibility')}
        registration={register('visibility')}
        options={GOAL_VISIBILITIES.map((value) => ({
          value,
          label: t(`goals.visibility.${value}`),
          description: t(`goals.visibility.${value}Explained`),
        }))}
      />
      {withStatus && (
        <RadioChoices
          legend={t('goals.form.startAs')}
          registration={register('status')}
          options={(['active', 'draft'] as const).map((value) => ({
            value,
            label: t(`goals.status.${value}`),
            description: t(`goals.form.startAsExplained.${value}`),
          }))}
        />
      )}
      {formError !== null && (renderError ? renderError(formError) : <ErrorState error={formError} />)}
      <div className="actions">
        <SubmitButton pending={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
