import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalItem } from '@vitaal/shared/learning-time';
import { ApiError } from '@/lib/api-client';
import { useDecideRequest } from '../api/decide-request';
import { formatDay, formatHours, formatMoment, weekLabel } from '../utils/format';
import type { DecisionOutcome } from './decision-outcome';
import { RejectForm } from './reject-form';
import { RequesterBalance } from './requester-balance';
import { StatusBadge } from './status-badge';

interface ApprovalRowProps {
  item: ApprovalItem;
  /** Pending requests can be selected and decided on; decided ones only shown. */
  decidable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  columns: number;
  /** Tells the queue what happened: a sentence for its status line, or the failure. */
  onOutcome: (outcome: DecisionOutcome) => void;
}

export function ApprovalRow({ item, decidable, selected, onSelect, columns, onOutcome }: ApprovalRowProps) {
  const { t } = useTranslation();
  const markerId = useId();
  const panelId = useId();
  const decide = useDecideRequest();
  const [rejecting, setRejecting] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const name = item.requester.displayName;
  const week = weekLabel(t, item.week);

  const approve = () =>
    decide.mutate(
      { id: item.id, decision: { decision: 'approved', comment: '' } },
      {
        onSuccess: () => onOutcome({ message: t('learningTime.approvals.approved', { name }) }),
        onError: (error) => onOutcome({ error, many: false }),
      },
    );

  const reject = async (comment: string) => {
    try {
      await decide.mutateAsync({ id: item.id, decision: { decision: 'rejected', comment } });
      onOutcome({ message: t('learningTime.approvals.rejected', { name }) });
    } catch (error) {
      // A 409 means the row is gone from the queue; the queue explains it. A missing comment stays on the form.
      if (error instanceof ApiError && error.code === 'conflict') onOutcome({ error, many: false });
      else throw error;
    }
  };

  return (
    <>
      <tr className={selected ? 'lt-row--selected' : undefined}>
        {decidable && (
          <td>
            <input
              type="checkbox"
              className="lt-checkbox"
              checked={selected}
              aria-label={t('learningTime.approvals.selectOne', { name, week })}
              onChange={(event) => onSelect(event.target.checked)}
            />
          </td>
        )}
        <th scope="row">
          <span className="lt-cell-line">{name}</span>{' '}
          <span className="lt-cell-line lt-muted lt-normal">{item.teamName}</span>
        </th>
        <td>
          <span className="lt-cell-line">{week}</span>
          {item.date && <span className="lt-cell-line lt-muted">{formatDay(item.date)}</span>}
        </td>
        <td>
          <span className="lt-cell-line lt-nowrap">{formatHours(t, item.hours)}</span>
          <span className="lt-cell-line lt-muted">{t(`learningTime.forms.${item.form}`)}</span>
        </td>
        <td className="lt-purpose">{item.purpose}</td>
        <td>
          <RequesterBalance item={item} markerId={markerId} />
        </td>
        <td>
          {decidable ? (
            <div className="lt-row-actions">
              <button
                type="button"
                className="button"
                disabled={decide.isPending}
                aria-label={t('learningTime.approvals.approveFor', { name, week })}
                aria-describedby={item.exceedsNorm ? markerId : undefined}
                onClick={approve}
              >
                {t('learningTime.approvals.approve')}
              </button>
              <button
                ref={rejectButton}
                type="button"
                className="button button--secondary button--danger-outline"
                disabled={decide.isPending}
                aria-expanded={rejecting}
                aria-controls={rejecting ? panelId : undefined}
                aria-label={t('learningTime.approvals.rejectFor', { name, week })}
                onClick={() => setRejecting(!rejecting)}
              >
                {t('learningTime.approvals.reject')}
              </button>
            </div>
          ) : (
            <>
              <StatusBadge status={item.status} />
              {item.decidedBy && item.decidedAt && (
                <span className="lt-cell-line lt-muted">
                  {t('learningTime.approvals.decidedBy', {
                    name: item.decidedBy.displayName,
                    date: formatMoment(item.decidedAt),
                  })}
                </span>
              )}
              {item.decisionComment && <span className="lt-cell-line">{item.decisionComment}</span>}
            </>
          )}
        </td>
      </tr>
      {rejecting && (
        <tr className="lt-panel-row">
          <td colSpan={columns} id={panelId}>
            <RejectForm
              title={t('learningTime.approvals.rejectTitle', { name })}
              save={reject}
              onClose={() => {
                setRejecting(false);
                rejectButton.current?.focus();
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
