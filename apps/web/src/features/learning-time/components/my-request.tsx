import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareIsoWeekKeys } from '@vitaal/shared/iso-week';
import type { LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/api-client';
import { useCancelRequest } from '../api/cancel-request';
import { useUpdateRequest } from '../api/update-request';
import { formatDay, formatHours, formatMoment, weekLabel } from '../utils/format';
import { currentWeek } from '../utils/weeks';
import { ConfirmAction } from '@/components/confirm-action';
import { requestFormValues } from './request-form-schema';
import { RequestForm } from './request-form';
import { StatusBadge } from './status-badge';

/** Pending requests can be cancelled; approved ones until their week starts (the API has the last word). */
function mayCancel(request: LearningTimeRequestResponse): boolean {
  return (
    request.status === 'pending' ||
    (request.status === 'approved' && compareIsoWeekKeys(request.week, currentWeek()) > 0)
  );
}

interface MyRequestProps {
  request: LearningTimeRequestResponse;
  /** Tells the list what happened, for its status line. */
  onDone: (message: string) => void;
}

export function MyRequest({ request, onDone }: MyRequestProps) {
  const { t } = useTranslation();
  const update = useUpdateRequest();
  const cancel = useCancelRequest();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const week = weekLabel(t, request.week);

  // Closing the editor puts keyboard focus back on the button that opened it.
  useEffect(() => {
    if (!editing && returnFocus.current) editButton.current?.focus();
  }, [editing]);

  const closeEditor = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <li className="lt-request">
      <div className="lt-request__head">
        <h3>{week}</h3>
        <StatusBadge status={request.status} />
      </div>
      <p className="lt-request__facts">
        {[
          formatHours(t, request.hours),
          t(`learningTime.forms.${request.form}`),
          request.date && t('learningTime.mine.day', { day: formatDay(request.date) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="lt-request__purpose">{request.purpose}</p>
      <p className="lt-muted">{t('learningTime.mine.team', { team: request.teamName })}</p>
      {request.decidedBy && request.decidedAt && (
        <p>
          {t('learningTime.mine.decided', {
            status: t(`learningTime.status.${request.status}`),
            name: request.decidedBy.displayName,
            date: formatMoment(request.decidedAt),
          })}
        </p>
      )}
      {request.decisionComment && (
        <p className="lt-request__comment">{t('learningTime.mine.comment', { comment: request.decisionComment })}</p>
      )}

      {editing ? (
        <div className="lt-request__editor">
          <h4>{t('learningTime.mine.editTitle', { week })}</h4>
          <RequestForm
            defaultValues={requestFormValues(request)}
            original={request}
            submitLabel={t('learningTime.mine.save')}
            pendingLabel={t('learningTime.mine.saving')}
            conflictMessage={t('learningTime.mine.editConflict')}
            save={async (_values, changes) => {
              // Only what the person changed, so a goal that is no longer active stays linked.
              await update.mutateAsync({ id: request.id, changes: { ...changes, version: request.version } });
              closeEditor();
              onDone(t('learningTime.mine.saved'));
            }}
          >
            <button type="button" className="button button--secondary" onClick={closeEditor}>
              {t('learningTime.mine.discard')}
            </button>
          </RequestForm>
        </div>
      ) : (
        <div className="actions">
          {request.status === 'pending' && (
            <button
              ref={editButton}
              type="button"
              className="button button--secondary"
              aria-label={t('learningTime.mine.editFor', { week })}
              onClick={() => setEditing(true)}
            >
              {t('learningTime.mine.edit')}
            </button>
          )}
          {mayCancel(request) && (
            <ConfirmAction
              label={t('learningTime.mine.cancel')}
              accessibleLabel={t('learningTime.mine.cancelFor', { week })}
              question={t('learningTime.mine.cancelQuestion')}
              confirmLabel={t('learningTime.mine.cancelConfirm')}
              cancelLabel={t('learningTime.confirm.keep')}
              pending={cancel.isPending}
              onConfirm={async () => {
                await cancel.mutateAsync(request.id);
                onDone(t('learningTime.mine.cancelled', { week }));
              }}
            />
          )}
        </div>
      )}
      {cancel.error &&
        (cancel.error instanceof ApiError && cancel.error.code === 'conflict' ? (
          <p className="error-state" role="alert">
            {t('learningTime.mine.cancelConflict')}
          </p>
        ) : (
          <ErrorState error={cancel.error} />
        ))}
    </li>
  );
}
