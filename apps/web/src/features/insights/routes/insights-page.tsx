import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { PageTitle } from '@/components/page-title';
import { QueryResult } from '@/components/query-result';
import { ApiError } from '@/lib/api-client';
import { useCurrentPerson } from '@/lib/current-person';
import { organizationExportUrl, useOrganizationInsights } from '../api/get-organization-insights';
import { CountingRules } from '../components/counting-rules';
import { InsightsToolbar } from '../components/insights-toolbar';
import { ManagedTeams } from '../components/managed-teams';
import { NotAvailable } from '../components/not-available';
import { TeamsOverview } from '../components/teams-overview';
import { usePeriod } from '../hooks/use-period';
import '../insights.css';

/** L&O staff compare every team of the organisation. */
function OrganizationOverview() {
  const { t } = useTranslation();
  const [weeks] = usePeriod();
  const overview = useOrganizationInsights(weeks);
  if (overview.error instanceof ApiError && overview.error.code === 'forbidden')
    return <NotAvailable why="forbidden" />;
  return (
    <div className="page">
      <PageTitle title={t('insights.title')} />
      <p className="lead">{t('insights.overview.intro')}</p>
      <InsightsToolbar exportHref={organizationExportUrl(weeks)} />
      <QueryResult query={overview} loadingLabel={t('insights.loading')}>
        {(data) =>
          data.teams.length === 0 ? (
            <EmptyState title={t('insights.overview.emptyTitle')}>
              <p>{t('insights.overview.emptyBody')}</p>
            </EmptyState>
          ) : (
            <TeamsOverview overview={data} weeks={weeks} />
          )
        }
      </QueryResult>
      <CountingRules />
    </div>
  );
}

export function InsightsPage() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  if (person.roles.includes('lno')) return <OrganizationOverview />;
  const managed = person.teams.filter((team) => team.role === 'manager');
  if (managed.length === 0) return <NotAvailable why="forbidden" />;
  return (
    <div className="page">
      <PageTitle title={t('insights.title')} />
      <ManagedTeams teams={managed} />
    </div>
  );
}
