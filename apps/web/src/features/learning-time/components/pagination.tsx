import { useTranslation } from 'react-i18next';

interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** Previous / next with "11–20 of 34"; the range is a live region so a screen reader hears the new page. */
export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const to = Math.min(offset + limit, total);
  return (
    <nav className="lt-pagination" aria-label={t('learningTime.pagination.label')}>
      <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('learningTime.pagination.previous')}
      </button>
      <p className="lt-pagination__range" role="status">
        {t('learningTime.pagination.range', { from: total === 0 ? 0 : offset + 1, to, total })}
      </p>
      <button type="button" className="button button--secondary" disabled={to >= total} onClick={() => onChange(offset + limit)}>
        {t('learningTime.pagination.next')}
      </button>
    </nav>
  );
}
