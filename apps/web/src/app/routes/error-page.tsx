import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';

/**
 * Shown when a page crashed while rendering. Both ways out reload the app (a plain link, not
 * the router), which also picks up a new deployment when an old code chunk is gone.
 */
export function ErrorPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('errorPage.title')} />
      <p>{t('errorPage.body')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('actions.retry')}
        </button>
        <a href="/" className="button button--secondary">
          {t('actions.home')}
        </a>
      </div>
    </div>
  );
}

/** For failures outside the app shell, which then also lacks its main landmark. */
export function StandaloneErrorPage() {
  return (
    <main id="main" className="app-main">
      <ErrorPage />
    </main>
  );
}
