import type { ReactNode } from 'react';
import { TableScroll } from '@/components/table-scroll';

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
}

/** The numbers behind a chart, exact and readable by screen readers. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <TableScroll label={caption}>
      <table className="table insights-table insights-table--data">
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
                <td key={columns[index + 1]} className="insights-table__number">
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
