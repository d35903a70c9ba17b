import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';

export function PrivacyPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('privacy.title')} />;
}
