import { useTranslation } from 'react-i18next';
import { MY_DATA_DOCUMENT_URL, MY_DATA_JSON_URL } from '../api/download-urls';

export function DownloadLinks() {
  const { t } = useTranslation();
  const links = [
    { href: MY_DATA_JSON_URL, label: t('myData.download.json'), hint: t('myData.download.jsonHint') },
    { href: MY_DATA_DOCUMENT_URL, label: t('myData.download.document'), hint: t('myData.download.documentHint') },
  ];
  return (
    <ul className="my-data__downloads">
      {links.map(({ href, label, hint }) => (
        <li key={href}>
          <a className="button" href={href} download>
            {label}
          </a>
          <p className="field__hint">{hint}</p>
        </li>
      ))}
    </ul>
  );
}
