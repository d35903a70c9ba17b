import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@vitaal/shared/locale';
import { useUpdateProfile } from '@/features/profile/api/update-profile';
import { useMe } from '@/entities/session/api/get-me';
import { changeLocale, currentLocale, isLocale } from '@/lib/i18n';

/**
 * One language setting: signed in, the switch saves it on the account (the profile shows the same
 * choice) and the account's language is used on every device; before signing in, on this device only.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const save = useUpdateProfile();
  const accountLocale = me.data?.locale;

  // The account's language applies once the person is known (a reload, another device).
  useEffect(() => {
    if (accountLocale && accountLocale !== currentLocale()) void changeLocale(accountLocale);
  }, [accountLocale]);

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={currentLocale()}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          void changeLocale(locale);
          if (me.data) save.mutate({ locale });
        }}
      >
        {LOCALES.map((locale) => (
          // Each language is named in itself, so someone who cannot read the current one still finds theirs.
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
      {save.isError && (
        <p role="alert" className="field__error">
          {t('language.notSaved')}
        </p>
      )}
    </div>
  );
}
