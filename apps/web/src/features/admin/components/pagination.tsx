import { useTranslation } from 'react-i18next';

interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** Previous / next with "26–50 of 120"; the range is a live region so a screen reader hears the new page. */
export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t('admin.pagination.label')}>
      <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('admin.pagination.previous')}
      </button>
      <p className="pagination__range" role="status">
        {t('admin.pagination.range', { from, to, total })}
      </p>
      <button type="button" className="button button--secondary" disabled={to >= total} onClick={() => onChange(offset + limit)}>
        {t('admin.pagination.next')}
      </button>
    </nav>
  );
}
