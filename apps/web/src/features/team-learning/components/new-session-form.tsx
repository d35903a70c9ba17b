import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { SESSION_KINDS, type TeamSessionResponse } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { SelectField, SubmitButton, TextAreaField, TextField } from '@/components/form-fields';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useCreateTeamSession } from '../api/create-team-session';
import {
  DURATION_MAX,
  DURATION_MIN,
  emptySession,
  sessionFormSchema,
  toCreateRequest,
  type SessionFormValues,
} from './session-form-schema';

interface NewSessionFormProps {
  team: TeamDetailResponse;
  onCreated: (session: TeamSessionResponse) => void | Promise<void>;
  onCancel: () => void;
}

/** Planning a team session: what kind, when, how long, who leads it and what is on the agenda. */
export function NewSessionForm({ team, onCreated, onCancel }: NewSessionFormProps) {
  const { t } = useTranslation();
  const create = useCreateTeamSession(team.id);
  const [defaultValues] = useState(() => emptySession(new Date()));
  const form = useForm<SessionFormValues>({ resolver: zodResolver(sessionFormSchema), defaultValues });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);
  const { register } = form;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      await onCreated(await create.mutateAsync(toCreateRequest(values)));
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      <SelectField
        label={t('teamLearning.session.kind')}
        options={SESSION_KINDS.map((kind) => ({ value: kind, label: t(`teamLearning.kinds.${kind}`) }))}
        error={fieldError('kind')}
        {...register('kind')}
      />
      <TextField
        label={t('teamLearning.session.title')}
        hint={t('teamLearning.newSession.titleHint')}
        error={fieldError('title')}
        {...register('title')}
      />
      <div className="tl-when">
        <TextField
          label={t('teamLearning.newSession.date')}
          type="date"
          error={fieldError('date')}
          {...register('date')}
        />
        <TextField
          label={t('teamLearning.newSession.time')}
          type="time"
          error={fieldError('time')}
          {...register('time')}
        />
      </div>
      <TextField
        label={t('teamLearning.newSession.duration')}
        hint={t('teamLearning.newSession.durationHint', { min: DURATION_MIN, max: DURATION_MAX })}
        type="number"
        inputMode="numeric"
        min={DURATION_MIN}
        max={DURATION_MAX}
        step={15}
        error={fieldError('durationMinutes')}
        {...register('durationMinutes', { valueAsNumber: true })}
      />
      <SelectField
        label={t('teamLearning.session.facilitator')}
        hint={t('teamLearning.newSession.facilitatorHint')}
        options={[
          { value: '', label: t('teamLearning.newSession.noFacilitator') },
          ...team.members.map((member) => ({ value: member.userId, label: member.displayName })),
        ]}
        error={fieldError('facilitatorId')}
        {...register('facilitatorId')}
      />
      <TextAreaField
        label={t('teamLearning.session.agenda')}
        hint={t('teamLearning.newSession.agendaHint')}
        rows={4}
        error={fieldError('agenda')}
        {...register('agenda')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div className="actions">
        <SubmitButton pending={create.isPending}>{t('teamLearning.newSession.submit')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
