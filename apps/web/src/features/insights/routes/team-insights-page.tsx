import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { QueryResult } from '@/components/query-result';
import { ApiError } from '@/lib/api-client';
import { useCurrentPerson } from '@/lib/current-person';
import { teamExportUrl, useTeamInsights } from '../api/get-team-insights';
import { CountingRules } from '../components/counting-rules';
import { InsightsToolbar } from '../components/insights-toolbar';
import { NotAvailable } from '../components/not-available';
import { TeamDashboard } from '../components/team-dashboard';
import { usePeriod } from '../hooks/use-period';
import '../insights.css';

export function TeamInsightsPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const person = useCurrentPerson();
  const [weeks] = usePeriod();
  const dashboard = useTeamInsights(teamId, weeks);
  // Members of the team get 403, everyone outside it 404: both are told kindly, not as a failure.
  const code = dashboard.error instanceof ApiError ? dashboard.error.code : null;
  if (code === 'forbidden' || code === 'not_found') return <NotAvailable why={code} />;

  return (
    <div className="page">
      {person.roles.includes('lno') && <Link to={`/insights?weeks=${weeks}`}>{t('insights.team.back')}</Link>}
      <PageTitle title={dashboard.data?.team.name ?? t('insights.teamTitle')} />
      <p className="lead">{t('insights.team.intro')}</p>
      <InsightsToolbar exportHref={teamExportUrl(teamId, weeks)} />
      <QueryResult query={dashboard} loadingLabel={t('insights.loading')}>
        {(data) => <TeamDashboard dashboard={data} />}
      </QueryResult>
      <CountingRules />
    </div>
  );
}
