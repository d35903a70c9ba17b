import { expect, it } from 'vitest';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

// The type check catches keys missing from English; this also catches keys only English has.
it('has the same keys in Dutch and English', () => {
  expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
});
