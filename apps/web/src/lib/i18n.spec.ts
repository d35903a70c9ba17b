import { expect, it } from 'vitest';
import { initialLocale } from './i18n';
import { en, nl } from './i18n/catalogues';

function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

// The type check catches keys missing from English; this also catches keys only English has.
it('has the same keys in Dutch and English', () => {
  expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
});

it('starts before sign-in in the last choice on the device, else the browser’s language, else Dutch', () => {
  expect(initialLocale('en', ['nl-NL'])).toBe('en');
  expect(initialLocale(null, ['de-DE', 'en-GB', 'nl'])).toBe('en');
  expect(initialLocale('fr', ['NL-be'])).toBe('nl');
  expect(initialLocale(null, ['de'])).toBe('nl');
});
