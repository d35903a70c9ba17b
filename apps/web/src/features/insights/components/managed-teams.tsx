import type { MyTeam } from '@vitaal/shared/auth';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';

/** A manager's way in: the dashboards of the teams they manage. */
export function ManagedTeams({ teams }: { teams: MyTeam[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('insights.managed.title')} className="panel">
      <p>{t('insights.managed.intro')}</p>
      <ul className="insights-team-links">
        {teams.map((team) => (
          <li key={team.id}>
            <Link to={`/insights/teams/${team.id}`}>{team.name}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
