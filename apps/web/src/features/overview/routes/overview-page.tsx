import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';

interface OverviewPageProps {
  /** Panels owned by other features; the app passes them in because features never import each other. */
  panels?: ReactNode;
}

export function OverviewPage({ panels }: OverviewPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('overview.title')} documentTitle={t('nav.overview')} />
      <p className="lead">{t('overview.intro')}</p>
      {panels && <div className="panels">{panels}</div>}
    </div>
  );
}
