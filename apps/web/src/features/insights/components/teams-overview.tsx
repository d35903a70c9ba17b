import { useState } from 'react';
import type { OrganizationOverviewResponse } from '@vitaal/shared/insights';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '@/components/form-fields';
import { filterTeams, sortTeams, type TeamSort } from '../utils/sort-teams';
import { ProvisionalNote } from './provisional-note';
import { TeamsTable } from './teams-table';

/** The organisation's teams side by side: find one by name, or the ones learning less than their norm. */
export function TeamsOverview({ overview, weeks }: { overview: OrganizationOverviewResponse; weeks: number }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [belowNorm, setBelowNorm] = useState(false);
  const [sort, setSort] = useState<TeamSort>({ key: 'team', direction: 'ascending' });
  const rows = sortTeams(
    filterTeams(overview.teams, { name, belowNorm }, i18n.language),
    sort,
    overview.minGroupSize,
    i18n.language,
  );

  return (
    <>
      <div className="insights-filters" role="search">
        <TextField
          label={t('insights.overview.search')}
          type="search"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <CheckboxField
          label={t('insights.overview.belowNorm')}
          checked={belowNorm}
          onChange={(event) => setBelowNorm(event.target.checked)}
        />
      </div>
      <ProvisionalNote weeks={overview.provisionalWeeks} />
      <p role="status" className="insights-muted">
        {t('insights.overview.shown', { count: rows.length, total: overview.teams.length })}
      </p>
      <TeamsTable overview={overview} rows={rows} sort={sort} onSort={setSort} weeks={weeks} />
      <p className="insights-muted">{t('insights.overview.privacy', { min: overview.minGroupSize })}</p>
    </>
  );
}
