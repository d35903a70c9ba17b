import { expect, it } from 'vitest';
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
