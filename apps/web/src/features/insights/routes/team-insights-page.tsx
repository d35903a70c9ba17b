import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';

export function TeamInsightsPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('insights.teamTitle')} />;
}
