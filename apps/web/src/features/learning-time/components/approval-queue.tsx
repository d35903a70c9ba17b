import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalItem, Decision } from '@vitaal/shared/learning-time';
import { ApiError } from '@/lib/api-client';
import { useDecideRequests } from '../api/decide-requests';
import { ApprovalRow } from './approval-row';
import type { DecisionOutcome } from './decision-outcome';
import { RejectForm } from './reject-form';
import { TableScroll } from '@/components/table-scroll';

interface ApprovalQueueProps {
  items: ApprovalItem[];
  /** Pending requests: selectable and decidable. */
  decidable: boolean;
  /** Reports each decision to the page, whose message outlives the list (deciding the last request empties it). */
  onOutcome: (outcome: DecisionOutcome | null) => void;
}

/** The requests as a table; pending ones can be decided one by one or several at once (all or none). */
export function ApprovalQueue({ items, decidable, onOutcome }: ApprovalQueueProps) {
  const { t } = useTranslation();
  const decideMany = useDecideRequests();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [bulkRejecting, setBulkRejecting] = useState(false);
  // Only what is still in the list counts: a decided request drops out of the selection by itself.
  const selectedIds = decidable ? items.filter((item) => checked.has(item.id)).map((item) => item.id) : [];
  const allSelected = items.length > 0 && selectedIds.length === items.length;
  const columns = decidable ? 7 : 6;

  const select = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const decideSelected = async (decision: Decision, comment: string) => {
    const count = selectedIds.length;
    try {
      await decideMany.mutateAsync({ requestIds: selectedIds, decision, comment });
      setChecked(new Set());
      setBulkRejecting(false);
      onOutcome({
        message: t(
          decision === 'approved' ? 'learningTime.approvals.approvedMany' : 'learningTime.approvals.rejectedMany',
          { count },
        ),
      });
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'conflict';
      // A rejection's own problems (a missing comment) stay on its form.
      if (decision === 'rejected' && !conflict) throw error;
      // After a 409 nothing was decided and the list is refetched: the choice starts over.
      if (conflict) setBulkRejecting(false);
      onOutcome({ error, many: true });
    }
  };

  return (
    <div className="lt-queue">
      {decidable && (
        <div className="lt-bulk">
          <p className="lt-bulk__count">{t('learningTime.approvals.selected', { count: selectedIds.length })}</p>
          <button
            type="button"
            className="button"
            disabled={selectedIds.length === 0 || decideMany.isPending}
            onClick={() => {
              onOutcome(null);
              void decideSelected('approved', '');
            }}
          >
            {t('learningTime.approvals.approveSelected')}
          </button>
          <button
            type="button"
            className="button button--secondary button--danger-outline"
            disabled={selectedIds.length === 0 || decideMany.isPending}
            aria-expanded={bulkRejecting}
            onClick={() => setBulkRejecting(!bulkRejecting)}
          >
            {t('learningTime.approvals.rejectSelected')}
          </button>
        </div>
      )}
      {bulkRejecting && selectedIds.length > 0 && (
        <div className="lt-panel">
          <RejectForm
            title={t('learningTime.approvals.rejectSelectedTitle')}
            save={(comment) => decideSelected('rejected', comment)}
            onClose={() => setBulkRejecting(false)}
          />
        </div>
      )}
      <TableScroll label={t('learningTime.approvals.listTitle')}>
        <table className="table lt-table">
          <thead>
            <tr>
              {decidable && (
                <td>
                  <input
                    type="checkbox"
                    className="lt-checkbox"
                    aria-label={t('learningTime.approvals.selectAll')}
                    checked={allSelected}
                    // "Some selected" shows as a dash in the box.
                    ref={(box) => {
                      if (box) box.indeterminate = selectedIds.length > 0 && !allSelected;
                    }}
                    onChange={(event) => setChecked(new Set(event.target.checked ? items.map((item) => item.id) : []))}
                  />
                </td>
              )}
              <th scope="col">{t('learningTime.approvals.requester')}</th>
              <th scope="col">{t('learningTime.approvals.weekColumn')}</th>
              <th scope="col">{t('learningTime.approvals.hoursColumn')}</th>
              <th scope="col">{t('learningTime.approvals.purpose')}</th>
              <th scope="col">{t('learningTime.approvals.balance')}</th>
              <th scope="col">{t('learningTime.approvals.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ApprovalRow
                key={item.id}
                item={item}
                decidable={decidable}
                selected={checked.has(item.id)}
                onSelect={(on) => select(item.id, on)}
                columns={columns}
                onOutcome={onOutcome}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
