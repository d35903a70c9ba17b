import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { UserResponse } from '@vitaal/shared/people';
import type { ErasurePreviewResponse } from '@vitaal/shared/personal-data';
import { ErrorState } from '@/components/error-state';
import { TextField } from '@/components/form-fields';

interface ErasureDialogProps {
  person: UserResponse;
  preview: ErasurePreviewResponse;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Shows what the erasure removes and erases only once the admin typed the person's name. */
export function ErasureDialog({ person, preview, pending, error, onConfirm, onCancel }: ErasureDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const name = person.displayName;
  const schema = z.object({ name: z.string().refine((typed) => typed.trim() === name, 'myData.admin.nameMismatch') });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: '' } });
  const { counts } = preview;

  useEffect(() => titleRef.current?.focus(), []);

  const lines = [
    t('myData.admin.counts.goals', { count: counts.goals, milestones: counts.milestones }),
    t('myData.admin.counts.weeks', { count: counts.weeks }),
    t('myData.admin.counts.learningTimeRequests', { count: counts.learningTimeRequests }),
    t('myData.admin.counts.sharedLearnings', { count: counts.sharedLearnings }),
    t('myData.admin.counts.comments', { count: counts.comments, reactions: counts.reactions }),
    t('myData.admin.counts.notifications', { count: counts.notifications }),
    t('myData.admin.counts.sessions', { count: counts.sessions }),
    t('myData.admin.counts.invitations', { count: counts.invitations }),
    t('myData.admin.counts.auditEvents', { count: counts.auditEvents }),
  ];

  return (
    <div className="confirm erasure-dialog" role="dialog" aria-labelledby={titleId}>
      <h5 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('myData.admin.dialogTitle', { name })}
      </h5>
      <p>{t('myData.admin.willHappen')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t('myData.admin.anonymised')}</p>
      <form className="form" noValidate onSubmit={form.handleSubmit(onConfirm)}>
        <TextField
          label={t('myData.admin.typeName', { name })}
          autoComplete="off"
          {...form.register('name')}
          error={form.formState.errors.name}
        />
        {error !== null && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" className="button button--danger" disabled={pending} aria-busy={pending}>
            {pending ? t('myData.admin.erasing') : t('myData.admin.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('myData.admin.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
