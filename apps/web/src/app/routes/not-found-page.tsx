import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <Link to="/" className="button">
        {t('actions.home')}
      </Link>
    </div>
  );
}
