import { AUDIT_ACTION_NAMES, AUDIT_KINDS, AUDIT_TARGET_TYPES } from '@vitaal/shared/audit';
import { expect, it } from 'vitest';
import { en, nl } from '@/lib/i18n/catalogues';

/** The text at a dotted key, or undefined when there is none. */
function textAt(catalogue: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

// The API's own list of what it records (packages/shared), against the words the log shows for it.
it.each([
  ['nl', nl],
  ['en', en],
])('names every action the API records, its kind and its subject in %s', (_language, catalogue) => {
  const missing = [
    ...AUDIT_ACTION_NAMES.map((action) => `admin.audit.actions.${action}`),
    ...AUDIT_KINDS.map((kind) => `admin.audit.kinds.${kind}`),
    ...AUDIT_TARGET_TYPES.filter((type) => type !== 'user' && type !== 'team').map(
      (type) => `admin.audit.targets.${type}`,
    ),
  ].filter((key) => typeof textAt(catalogue, key) !== 'string');
  expect(missing).toEqual([]);
});
