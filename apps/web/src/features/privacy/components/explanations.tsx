import { useTranslation } from 'react-i18next';
import { ACCESS_LEVELS, DATA_KINDS } from '@vitaal/shared/transparency';

/** What each kind of data holds. */
export function DataKinds() {
  const { t } = useTranslation();
  return (
    <dl className="privacy-list">
      {DATA_KINDS.map((kind) => (
        <div key={kind}>
          <dt>{t(`privacy.kinds.${kind}.name`)}</dt>
          <dd>{t(`privacy.kinds.${kind}.description`)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What each word in the table allows. */
export function AccessLevels({ minGroupSize }: { minGroupSize: number }) {
  const { t } = useTranslation();
  return (
    <dl className="privacy-list">
      {ACCESS_LEVELS.map((level) => (
        <div key={level}>
          <dt>{t(`privacy.levels.${level}.label`)}</dt>
          <dd>{t(`privacy.levels.${level}.description`, { minGroupSize })}</dd>
        </div>
      ))}
    </dl>
  );
}
