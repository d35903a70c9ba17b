import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@vitaal/shared/locale';
import { en, nl, type Catalogue } from './i18n/catalogues';

export type { Catalogue };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

const STORAGE_KEY = 'vitaal.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language before anyone signs in: the last choice on this device, else the first of the browser's
 * languages that Vitaal speaks, else Dutch. Once signed in, the account's language wins.
 */
export function initialLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  const spoken = browserLanguages.map((tag) => tag.split('-')[0]?.toLowerCase()).find(isLocale);
  return spoken ?? DEFAULT_LOCALE;
}

function storedLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (privacy settings); the browser's languages still count.
  }
  return initialLocale(stored, typeof navigator === 'undefined' ? [] : navigator.languages);
}

export const i18n = i18next.createInstance();

// Screen readers and the browser's spell checker and hyphenation follow <html lang>.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  resources: { nl: { translation: nl }, en: { translation: en } },
  // The catalogues are bundled, so the first render already has its text.
  initAsync: false,
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
});

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;
}

/** Switches the language and remembers the choice on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this device; the switch itself still happened.
  }
}
