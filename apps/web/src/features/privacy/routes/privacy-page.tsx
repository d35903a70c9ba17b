import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { QueryResult } from '@/components/query-result';
import { Section } from '@/components/section';
import { useTransparency } from '../api/get-transparency';
import { AccessTable } from '../components/access-table';
import { AccessLevels, DataKinds } from '../components/explanations';
import { OrganizationSettings } from '../components/organization-settings';
import '../privacy.css';

/** For everyone: exactly what each role may see of a professional's data, as the API enforces it. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const transparency = useTransparency();
  return (
    <div className="page">
      <PageTitle title={t('privacy.title')} />
      <p className="lead">{t('privacy.intro')}</p>
      <QueryResult query={transparency} loadingLabel={t('privacy.loading')}>
        {({ rows, organization }) => (
          <>
            <Section title={t('privacy.matrix.title')}>
              <AccessTable rows={rows} />
            </Section>
            <Section title={t('privacy.settings.title', { organization: organization.name })}>
              <OrganizationSettings organization={organization} />
            </Section>
            <Section title={t('privacy.levels.title')}>
              <AccessLevels minGroupSize={organization.minGroupSize} />
            </Section>
            <Section title={t('privacy.kinds.title')}>
              <DataKinds />
            </Section>
          </>
        )}
      </QueryResult>
      <Section title={t('privacy.myData.title')}>
        <p>{t('privacy.myData.body')}</p>
        <p>
          <Link to="/my-data">{t('privacy.myData.link')}</Link>
        </p>
        <p>{t('privacy.myData.byAdmin')}</p>
      </Section>
    </div>
  );
}
