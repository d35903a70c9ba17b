import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TeamDetailResponse } from '@vitaal/shared/people';
import { useTeam } from '@/entities/teams/api/get-team';
import { PageTitle } from '@/components/page-title';
import { useUpdateTeam } from '../api/update-team';
import { AddMemberForm } from '../components/add-member-form';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { TeamArchive } from '../components/team-archive';
import { TeamMembers } from '../components/team-members';
import { TeamNameForm } from '../components/team-name-form';
import '../admin.css';

function TeamDetail({ team }: { team: TeamDetailResponse }) {
  const { t } = useTranslation();
  const updateTeam = useUpdateTeam();
  return (
    <>
      <p className="lead">
        {team.archived
          ? t('admin.team.archivedLead')
          : `${t('admin.team.memberCount', { count: team.memberCount })}, ${t('admin.team.managerCount', { count: team.managerCount })}`}
      </p>
      <Section className="panel" title={t('admin.team.membersTitle')}>
        <TeamMembers team={team} />
      </Section>
      <Section className="panel" title={t('admin.addMember.title')}>
        {team.archived ? <p>{t('admin.addMember.archived')}</p> : <AddMemberForm team={team} />}
      </Section>
      <Section className="panel" title={t('admin.team.renameTitle')}>
        <TeamNameForm
          // Starts again from the saved name when it changes, also when someone else renamed the team.
          key={team.name}
          defaultName={team.name}
          submitLabel={t('admin.team.rename')}
          pending={updateTeam.isPending}
          save={async (name) => (await updateTeam.mutateAsync({ teamId: team.id, changes: { name } })).name}
        />
        <p role="status" className="admin-status">
          {updateTeam.isSuccess ? t('admin.team.renamed', { name: team.name }) : ''}
        </p>
      </Section>
      <Section className="panel" title={team.archived ? t('admin.team.restoreTitle') : t('admin.team.archiveTitle')}>
        <TeamArchive team={team} />
      </Section>
    </>
  );
}

export function TeamPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);

  return (
    <div className="page">
      <p>
        <Link to="/admin/teams">{t('admin.team.back')}</Link>
      </p>
      <PageTitle title={team.data?.name ?? t('admin.team.title')} />
      <QueryResult query={team}>{(data) => <TeamDetail team={data} />}</QueryResult>
    </div>
  );
}
