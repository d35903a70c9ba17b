import { useTranslation } from 'react-i18next';

interface PaginationProps {
  /** Names the navigation, as a page may have more than one list to page through. */
  label: string;
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** Previous / next with "11–20 of 34"; the range is a live region so a screen reader hears the new page. */
export function Pagination({ label, offset, limit, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="tl-pagination" aria-label={label}>
      <button type="button" className="button button--secondary tl-small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('teamLearning.pagination.previous')}
      </button>
      <p className="tl-muted" role="status">
        {t('teamLearning.pagination.range', { from: offset + 1, to, total })}
      </p>
      <button type="button" className="button button--secondary tl-small" disabled={to >= total} onClick={() => onChange(offset + limit)}>
        {t('teamLearning.pagination.next')}
      </button>
    </nav>
  );
}
