import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextAreaField } from '@/components/form-fields';
import { ApiError } from '@/lib/api-client';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useTeamSession } from '../api/get-team-session';
import { useUpdateTeamSession } from '../api/update-team-session';
import { Section } from '@/components/section';

const TEXT_MAX = 4000;

const outcomesSchema = z.object({
  outcomes: z.string().max(TEXT_MAX, 'validation.tooLong'),
  agreements: z.string().max(TEXT_MAX, 'validation.tooLong'),
});
type OutcomesValues = z.output<typeof outcomesSchema>;

const valuesOf = (session: TeamSessionResponse): OutcomesValues => ({
  outcomes: session.outcomes,
  agreements: session.agreements,
});

/**
 * What came out of the session and what was agreed, written by any member. The form stays on the
 * version it started from, so a save never silently overwrites what someone else saved meanwhile.
 */
function OutcomesForm({ session }: { session: TeamSessionResponse }) {
  const { t } = useTranslation();
  const update = useUpdateTeamSession(session.teamId, session.id);
  const latest = useTeamSession(session.teamId, session.id);
  const [version, setVersion] = useState(session.version);
  const [saved, setSaved] = useState(false);
  const form = useForm<OutcomesValues>({ resolver: zodResolver(outcomesSchema), defaultValues: valuesOf(session) });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);
  const conflict = formError instanceof ApiError && formError.code === 'version_conflict';

  const startFrom = (next: TeamSessionResponse) => {
    setVersion(next.version);
    form.reset(valuesOf(next));
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    setSaved(false);
    try {
      startFrom(await update.mutateAsync({ ...values, version }));
      setSaved(true);
    } catch (error) {
      onError(error);
    }
  });

  const reload = async () => {
    const { data } = await latest.refetch();
    if (!data) return;
    clearFormError();
    startFrom(data);
  };

  return (
    <form className="form tl-wide-form" noValidate onSubmit={submit}>
      <TextAreaField
        label={t('teamLearning.outcomes.outcomes')}
        hint={t('teamLearning.outcomes.outcomesHint')}
        rows={5}
        error={fieldError('outcomes')}
        {...form.register('outcomes')}
      />
      <TextAreaField
        label={t('teamLearning.outcomes.agreements')}
        hint={t('teamLearning.outcomes.agreementsHint')}
        rows={4}
        error={fieldError('agreements')}
        {...form.register('agreements')}
      />
      {conflict ? (
        <div className="error-state" role="alert">
          <p>{t('teamLearning.outcomes.conflict')}</p>
          <button type="button" className="button" disabled={latest.isFetching} onClick={() => void reload()}>
            {t('teamLearning.outcomes.reload')}
          </button>
        </div>
      ) : (
        formError !== null && <ErrorState error={formError} />
      )}
      <div className="tl-inline">
        <SubmitButton pending={update.isPending}>{t('teamLearning.outcomes.save')}</SubmitButton>
        <p role="status" className="tl-status">
          {saved && !form.formState.isDirty && t('teamLearning.outcomes.saved')}
        </p>
      </div>
    </form>
  );
}

/** The outcomes and agreements: a form for the team's members, the text for readers. */
export function SessionOutcomes({ session, writes }: { session: TeamSessionResponse; writes: boolean }) {
  const { t } = useTranslation();
  return (
    <Section title={t('teamLearning.outcomes.title')}>
      {writes ? (
        <OutcomesForm session={session} />
      ) : (
        <dl className="tl-details">
          <div className="tl-details__wide">
            <dt>{t('teamLearning.outcomes.outcomes')}</dt>
            <dd className="tl-text">{session.outcomes || t('teamLearning.outcomes.none')}</dd>
          </div>
          <div className="tl-details__wide">
            <dt>{t('teamLearning.outcomes.agreements')}</dt>
            <dd className="tl-text">{session.agreements || t('teamLearning.outcomes.none')}</dd>
          </div>
        </dl>
      )}
    </Section>
  );
}
