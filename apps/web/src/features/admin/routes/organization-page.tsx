import { useTranslation } from 'react-i18next';
import { useOrganization } from '@/entities/organization/api/get-organization';
import { PageTitle } from '@/components/page-title';
import { OrganizationForm } from '../components/organization-form';
import { QueryResult } from '@/components/query-result';
import '../admin.css';

export function OrganizationPage() {
  const { t } = useTranslation();
  const organization = useOrganization();

  return (
    <div className="page">
      <PageTitle title={t('admin.organization.title')} />
      <p className="lead">{t('admin.organization.lead')}</p>
      <QueryResult query={organization}>
        {(data) => <OrganizationForm organization={data} reload={async () => (await organization.refetch()).data} />}
      </QueryResult>
    </div>
  );
}
