import { useTranslation } from 'react-i18next';
import { useTeams } from '@/entities/teams/api/get-teams';
import { EmptyState } from '@/components/empty-state';
import { PageTitle } from '@/components/page-title';
import { useCurrentPerson } from '@/lib/current-person';
import { QueryResult } from '@/components/query-result';
import { TeamCard } from '../components/team-card';
import '../team-learning.css';

export function TeamsPage() {
  const { t } = useTranslation();
  const person = useCurrentPerson();
  const teams = useTeams();
  // Admins get every team from the API too, but only L&O staff read other teams' learning.
  const readsAllTeams = person.roles.includes('lno');
  return (
    <div className="page">
      <PageTitle title={t('teamLearning.teams.title')} />
      <p className="lead">{t('teamLearning.teams.intro')}</p>
      <QueryResult query={teams}>
        {(all) => {
          const visible = readsAllTeams ? all : all.filter((team) => person.teams.some((mine) => mine.id === team.id));
          if (visible.length === 0) {
            return (
              <EmptyState title={t('teamLearning.teams.emptyTitle')}>
                <p>{t('teamLearning.teams.emptyBody')}</p>
              </EmptyState>
            );
          }
          return (
            <ul className="tl-cards">
              {visible.map((team) => (
                <TeamCard key={team.id} team={team} membership={person.teams.find((mine) => mine.id === team.id)} />
              ))}
            </ul>
          );
        }}
      </QueryResult>
    </div>
  );
}
