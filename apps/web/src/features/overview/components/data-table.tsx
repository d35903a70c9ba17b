import { formatNumber } from '@/lib/format';
import { NoValue } from './no-value';

export interface DataRow {
  key: string;
  header: string;
  values: (number | null)[];
}

interface DataTableProps {
  caption: string;
  /** The heading of the row-header column, then one per value. */
  columns: string[];
  rows: DataRow[];
}

/** The numbers behind a chart, for screen-reader users and anyone who wants them exact. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <table className="table overview-table">
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
            {row.values.map((value, index) => (
              <td key={columns[index + 1]} className="overview-table__number">
                {value === null ? <NoValue /> : formatNumber(value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
