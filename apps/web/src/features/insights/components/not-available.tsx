import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';

/**
 * Instead of figures someone may not see: "not for you" for a role that never sees them, "not found"
 * for a team that does not exist or is outside what they follow (the API does not tell them apart).
 */
export function NotAvailable({ why }: { why: 'forbidden' | 'not_found' }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t(`insights.notAvailable.${why}.title`)} />
      <p>{t(`insights.notAvailable.${why}.body`)}</p>
      <Link to="/" className="button">
        {t('actions.home')}
      </Link>
    </div>
  );
}
