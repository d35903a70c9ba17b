import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useCreateTeam } from '../api/create-team';
import { Section } from '@/components/section';
import { TeamNameForm } from '../components/team-name-form';
import { TeamsList } from '../components/teams-list';
import '../admin.css';

export function TeamsPage() {
  const { t } = useTranslation();
  const createTeam = useCreateTeam();
  const created = createTeam.data;

  return (
    <div className="page">
      <PageTitle title={t('admin.teams.title')} />
      <p className="lead">{t('admin.teams.lead')}</p>
      <Section className="panel" title={t('admin.teams.createTitle')}>
        <TeamNameForm
          submitLabel={t('admin.teams.create')}
          pending={createTeam.isPending}
          save={async (name) => {
            await createTeam.mutateAsync({ name });
            return '';
          }}
        />
        <p role="status" className="admin-status">
          {created && (
            <>
              {t('admin.teams.created', { name: created.name })}{' '}
              <Link to={`/admin/teams/${created.id}`}>{t('admin.teams.openCreated', { name: created.name })}</Link>
            </>
          )}
        </p>
      </Section>
      <Section className="panel" title={t('admin.teams.listTitle')}>
        <TeamsList />
      </Section>
    </div>
  );
}
