import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';

export function MyDataPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('myData.title')} />;
}
