import type { OrganizationOverviewResponse, TeamOverviewRow } from '@vitaal/shared/insights';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '@/components/table-scroll';
import { FIGURE_COLUMNS } from '../utils/figures';
import { nextSort, type TeamSort } from '../utils/sort-teams';
import { FigureValue } from './figure-value';
import { SortableHeader } from './sortable-header';
import { TrendSparkline } from './trend-sparkline';

/** The trend of reflections sits right after the reflections column (members, plans, reflections). */
const TREND_AFTER = 3;

interface TeamsTableProps {
  overview: OrganizationOverviewResponse;
  rows: TeamOverviewRow[];
  sort: TeamSort;
  onSort: (sort: TeamSort) => void;
  weeks: number;
}

/** One row per team, sortable by every figure, with the organisation's totals at the foot. */
export function TeamsTable({ overview, rows, sort, onSort, weeks }: TeamsTableProps) {
  const { t } = useTranslation();
  const min = overview.minGroupSize;
  const header = (key: TeamSort['key'], label: string) => (
    <SortableHeader
      key={key}
      label={label}
      direction={sort.key === key ? sort.direction : null}
      onSort={() => onSort(nextSort(sort, key))}
    />
  );
  return (
    <TableScroll label={t('insights.overview.tableLabel')}>
      <table className="table insights-table insights-table--teams">
        <caption className="visually-hidden">{t('insights.overview.caption', { count: weeks })}</caption>
        <thead>
          <tr>
            {header('team', t('insights.overview.team'))}
            {FIGURE_COLUMNS.slice(0, TREND_AFTER).map((column) =>
              header(column.key, t(`insights.figures.${column.key}`)),
            )}
            <th scope="col">{t('insights.overview.trend')}</th>
            {FIGURE_COLUMNS.slice(TREND_AFTER).map((column) => header(column.key, t(`insights.figures.${column.key}`)))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={FIGURE_COLUMNS.length + 2}>{t('insights.overview.noMatch')}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.team.id}>
                <th scope="row">
                  <Link to={`/insights/teams/${row.team.id}?weeks=${weeks}`}>{row.team.name}</Link>
                </th>
                {FIGURE_COLUMNS.map((column, index) => (
                  <Fragment key={column.key}>
                    {index === TREND_AFTER && (
                      <td>
                        <TrendSparkline trend={row.trend} weeks={overview.weeks} open={overview.provisionalWeeks} />
                      </td>
                    )}
                    <td className="insights-table__number">
                      <FigureValue figure={column.shown(row, min)} format={column.format} minGroupSize={min} />
                    </td>
                  </Fragment>
                ))}
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('insights.overview.totals')}</th>
            {FIGURE_COLUMNS.map((column, index) => (
              <Fragment key={column.key}>
                {index === TREND_AFTER && <td />}
                <td className="insights-table__number">
                  <FigureValue figure={column.shown(overview.totals, min)} format={column.format} minGroupSize={min} />
                </td>
              </Fragment>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
