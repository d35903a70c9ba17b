import { useTranslation } from 'react-i18next';

/** Downloads the figures as CSV for Excel; an ordinary link, so the browser handles the file. */
export function ExportLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a className="button button--secondary" href={href} download>
      {t('insights.export')}
    </a>
  );
}
