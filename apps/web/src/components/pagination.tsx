import { useTranslation } from 'react-i18next';

interface PaginationProps {
  /** Names the navigation, e.g. when a page has more than one list to page through; "Pages" when left out. */
  label?: string;
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** Previous / next with "11–20 of 34"; the range is a live region so a screen reader hears the new page. */
export function Pagination({ label, offset, limit, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pagination.previous')}
      </button>
      <p className="pagination__range" role="status">
        {t('pagination.range', { from, to, total })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
