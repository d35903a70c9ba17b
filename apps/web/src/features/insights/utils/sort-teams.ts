import type { TeamOverviewRow } from '@vitaal/shared/insights';
import type { SortDirection } from '../components/sortable-header';
import { figureColumn, type KeyFigures } from './figures';

export type SortKey = 'team' | keyof KeyFigures;

export interface TeamSort {
  key: SortKey;
  direction: SortDirection;
}

/** Sorted by the chosen column; teams without a figure there (withheld) come last either way. */
export function sortTeams(
  rows: TeamOverviewRow[],
  sort: TeamSort,
  minGroupSize: number,
  locale: string,
): TeamOverviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: TeamOverviewRow, b: TeamOverviewRow) => a.team.name.localeCompare(b.team.name, locale);
  if (sort.key === 'team') return [...rows].sort((a, b) => sign * byName(a, b));
  const column = figureColumn(sort.key);
  const valueOf = (row: TeamOverviewRow) => column.shown(row, minGroupSize).value;
  return [...rows].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

export function nextSort(current: TeamSort, key: SortKey): TeamSort {
  return { key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Teams whose name holds the search text, and optionally only those that learned less than their norm. */
export function filterTeams(
  rows: TeamOverviewRow[],
  { name, belowNorm }: { name: string; belowNorm: boolean },
  locale: string,
): TeamOverviewRow[] {
  const needle = name.trim().toLocaleLowerCase(locale);
  return rows.filter(
    (row) =>
      row.team.name.toLocaleLowerCase(locale).includes(needle) &&
      (!belowNorm || (row.actualHours !== null && row.actualHours < row.normHours)),
  );
}
