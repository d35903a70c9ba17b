import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

export interface DataRow {
  key: string;
  header: string;
  cells: ReactNode[];
}

interface DataTableProps {
  caption: string;
  /** The heading of the row-header column, then one per cell. */
  columns: string[];
  rows: DataRow[];
  /** Extra classes of the feature's table style. */
  className?: string;
}

/** The numbers behind a chart, exact and readable by screen readers. */
export function DataTable({ caption, columns, rows, className }: DataTableProps) {
  return (
    <TableScroll label={caption}>
      <table className={['table', 'data-table', className].filter(Boolean).join(' ')}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={columns[index + 1]} className="data-table__number">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
