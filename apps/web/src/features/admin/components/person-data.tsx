import { useTranslation } from 'react-i18next';
import type { UserResponse } from '@vitaal/shared/people';
import { personDataUrls } from '../api/person-data-urls';
import { EraseAccount } from './erase-account';

/** Export and erasure of a person's data, both only at that person's request. */
export function PersonData({
  person,
  isSelf,
  onErased,
}: {
  person: UserResponse;
  isSelf: boolean;
  onErased: (name: string) => void;
}) {
  const { t } = useTranslation();
  const urls = personDataUrls(person.id);
  const name = person.displayName;
  return (
    <div className="admin-stack">
      <h4>{t('myData.admin.title')}</h4>
      <p className="field__hint">{t('myData.admin.exportHint')}</p>
      <div className="actions">
        <a
          className="button button--secondary"
          href={urls.json}
          download
          aria-label={t('myData.admin.exportJsonLabel', { name })}
        >
          {t('myData.admin.exportJson')}
        </a>
        <a
          className="button button--secondary"
          href={urls.document}
          download
          aria-label={t('myData.admin.exportDocumentLabel', { name })}
        >
          {t('myData.admin.exportDocument')}
        </a>
      </div>
      {isSelf ? (
        <p className="field__hint">{t('myData.admin.selfErase')}</p>
      ) : (
        <EraseAccount person={person} onErased={onErased} />
      )}
    </div>
  );
}
