import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageTitleProps {
  title: string;
  /** The browser-tab text when it should differ from the heading (e.g. a long welcome). */
  documentTitle?: string;
}

/** The page's one h1; it names the browser tab too, which is what screen readers announce first. */
export function PageTitle({ title, documentTitle = title }: PageTitleProps) {
  const { t } = useTranslation();
  const appName = t('app.name');

  useEffect(() => {
    document.title = documentTitle === appName ? appName : `${documentTitle} · ${appName}`;
  }, [documentTitle, appName]);

  return <h1>{title}</h1>;
}
