import { useTranslation } from 'react-i18next';
import type { ApprovalItem } from '@vitaal/shared/learning-time';
import { formatNumber } from '@/lib/format';

/** The requester's learning time that year, before this request, with a marker when approving goes beyond the norm. */
export function RequesterBalance({ item, markerId }: { item: ApprovalItem; markerId: string }) {
  const { t } = useTranslation();
  const { approved, requested, norm } = item.requesterBalance;
  return (
    <>
      <span className="lt-cell-line">
        {t('learningTime.approvals.balanceApproved', { approved: formatNumber(approved), norm: formatNumber(norm) })}
      </span>
      <span className="lt-cell-line lt-muted">
        {t('learningTime.approvals.balanceRequested', { requested: formatNumber(requested) })}
      </span>
      {item.exceedsNorm && (
        <span id={markerId} className="lt-badge lt-badge--beyond">
          {t('learningTime.approvals.exceedsNorm')}
        </span>
      )}
    </>
  );
}
