import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compareIsoWeekKeys } from '@vitaal/shared/iso-week';
import type { LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { LEARNING_FORMS } from '@vitaal/shared/weeks';
import { useActiveGoals } from '@/entities/goals/api/get-goals';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextAreaField, TextField } from '@/components/form-fields';
import { ApiError } from '@/lib/api-client';
import { useCurrentPerson } from '@/lib/current-person';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { formatDay, weekLabel } from '../utils/format';
import { currentWeek, daysOf, weeksFrom } from '../utils/weeks';
import { BalancePreview } from './balance-preview';
import { requestSchema, toRequest, type RequestFields, type RequestFormValues } from './request-form-schema';

/** This week and the next twelve: far enough to plan a course, short enough to choose from. */
const WEEKS_OFFERED = 13;

interface RequestFormProps {
  defaultValues: RequestFormValues;
  /** The request being changed, when this edits one. */
  original?: LearningTimeRequestResponse;
  submitLabel: string;
  pendingLabel: string;
  /** Sends the request (and the fields the person changed); throws the API's error, which the form places. */
  save: (request: RequestFields, changes: Partial<RequestFields>) => Promise<void>;
  /** What a 409 conflict means for this form. */
  conflictMessage?: string;
  /** More buttons beside the submit button, e.g. "don't change". */
  children?: ReactNode;
}

export function RequestForm({
  defaultValues,
  original,
  submitLabel,
  pendingLabel,
  save,
  conflictMessage,
  children,
}: RequestFormProps) {
  const { t } = useTranslation();
  const { teams } = useCurrentPerson();
  const goals = useActiveGoals();
  const form = useForm<RequestFormValues>({ resolver: zodResolver(requestSchema), defaultValues });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);
  const [week, hours] = useWatch({ control: form.control, name: ['week', 'hours'] });

  // A request for a week further ahead than offered keeps its own week among the choices.
  const weeks = [...new Set([...weeksFrom(currentWeek(), WEEKS_OFFERED), ...(original ? [original.week] : [])])].sort(
    compareIsoWeekKeys,
  );
  const team = teams.length === 1 ? teams[0] : undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    clearFormError();
    const request = toRequest(values);
    const changes: Partial<RequestFields> = {};
    for (const field of Object.keys(form.formState.dirtyFields) as (keyof RequestFields)[])
      Object.assign(changes, { [field]: request[field] });
    try {
      await save(request, changes);
      form.reset(defaultValues);
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="form lt-request-form" noValidate onSubmit={onSubmit}>
      <SelectField
        label={t('learningTime.request.week')}
        hint={t('learningTime.request.weekHint')}
        options={weeks.map((key) => ({ value: key, label: weekLabel(t, key) }))}
        error={fieldError('week')}
        // A day of the previous week is no day of this one.
        {...form.register('week', { onChange: () => form.setValue('date', '', { shouldDirty: true }) })}
      />
      <SelectField
        label={t('learningTime.request.day')}
        hint={t('learningTime.request.dayHint')}
        options={[
          { value: '', label: t('learningTime.request.wholeWeek') },
          ...daysOf(week).map((day) => ({ value: day, label: formatDay(day) })),
        ]}
        error={fieldError('date')}
        {...form.register('date')}
      />
      <TextField
        label={t('learningTime.request.hours')}
        hint={t('learningTime.request.hoursHint')}
        inputMode="decimal"
        autoComplete="off"
        error={fieldError('hours')}
        {...form.register('hours')}
      />
      <BalancePreview week={week} hours={hours} original={original} />
      <SelectField
        label={t('learningTime.request.form')}
        options={LEARNING_FORMS.map((value) => ({ value, label: t(`learningTime.forms.${value}`) }))}
        error={fieldError('form')}
        {...form.register('form')}
      />
      <TextAreaField
        label={t('learningTime.request.purpose')}
        hint={t('learningTime.request.purposeHint')}
        error={fieldError('purpose')}
        {...form.register('purpose')}
      />
      <SelectField
        label={t('learningTime.request.goal')}
        hint={t('learningTime.request.goalHint')}
        options={[
          { value: '', label: t('learningTime.request.noGoal') },
          ...(goals.data ?? []).map((goal) => ({ value: goal.id, label: goal.title })),
        ]}
        error={fieldError('goalId')}
        {...form.register('goalId')}
      />
      {team ? (
        <p className="lt-muted">{t('learningTime.request.oneTeam', { team: team.name })}</p>
      ) : (
        <SelectField
          label={t('learningTime.request.team')}
          hint={t('learningTime.request.teamHint')}
          options={[
            { value: '', label: t('learningTime.request.chooseTeam') },
            ...teams.map(({ id, name }) => ({ value: id, label: name })),
          ]}
          error={fieldError('teamId')}
          {...form.register('teamId')}
        />
      )}
      {formError !== null &&
        (formError instanceof ApiError && formError.code === 'conflict' && conflictMessage ? (
          <p className="error-state" role="alert">
            {conflictMessage}
          </p>
        ) : (
          <ErrorState error={formError} />
        ))}
      <div className="actions">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        {children}
      </div>
    </form>
  );
}
