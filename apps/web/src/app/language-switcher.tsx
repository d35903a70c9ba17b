import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@vitaal/shared/locale';
import { changeLocale, currentLocale, isLocale } from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={currentLocale()}
        onChange={(event) => {
          if (isLocale(event.target.value)) void changeLocale(event.target.value);
        }}
      >
        {LOCALES.map((locale) => (
          // Each language is named in itself, so someone who cannot read the current one still finds theirs.
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
