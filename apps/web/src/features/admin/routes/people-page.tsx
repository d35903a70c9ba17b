import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';
import { InviteForm } from '../components/invite-form';
import { PendingInvitations } from '../components/pending-invitations';
import { PeopleList } from '../components/people-list';
import { Section } from '@/components/section';
import '../admin.css';

export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('admin.people.title')} />
      <p className="lead">{t('admin.people.lead')}</p>
      <Section className="panel" title={t('admin.invite.title')}>
        <InviteForm />
      </Section>
      <Section className="panel" title={t('admin.invitations.title')}>
        <PendingInvitations />
      </Section>
      <Section className="panel" title={t('admin.people.listTitle')}>
        <PeopleList />
      </Section>
    </div>
  );
}
