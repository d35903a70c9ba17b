import { useTranslation } from 'react-i18next';

/** How the figures are counted, in words, on every insights page; the README's "Insights" says the same. */
export function CountingRules() {
  const { t } = useTranslation();
  return (
    <details className="insights-rules">
      <summary>{t('insights.rules.title')}</summary>
      <ul>
        <li>{t('insights.rules.joined')}</li>
        <li>{t('insights.rules.norm')}</li>
        <li>{t('insights.rules.provisional')}</li>
      </ul>
    </details>
  );
}
