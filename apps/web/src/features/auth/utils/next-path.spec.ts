import { expect, it } from 'vitest';
import { nextPath } from './next-path';

it('keeps a path on this site, with its query', () => {
  expect(nextPath('/profile?tab=password')).toBe('/profile?tab=password');
});

it('goes to the overview for a missing, relative or foreign next', () => {
  for (const next of [null, '', 'profile', 'https://evil.example/', '//evil.example', '/\\evil.example']) {
    expect(nextPath(next)).toBe('/');
  }
});
