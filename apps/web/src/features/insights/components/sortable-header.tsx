export type SortDirection = 'ascending' | 'descending';

interface SortableHeaderProps {
  label: string;
  /** The direction when this column sorts the table, null otherwise. */
  direction: SortDirection | null;
  onSort: () => void;
}

/** A column heading that sorts the table: a real button, so it works by keyboard, with the state in aria-sort. */
export function SortableHeader({ label, direction, onSort }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={direction ?? undefined}>
      <button type="button" className="insights-sort" onClick={onSort}>
        {label}
        <span className={`insights-sort__icon${direction ? ' insights-sort__icon--active' : ''}`} aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
