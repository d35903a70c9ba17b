import { expect, it } from 'vitest';
import { localDateTimeToIso } from './local-date-time';

it('writes the local date and time with the browser’s offset, naming the same moment', () => {
  const iso = localDateTimeToIso('2026-12-08', '14:30');
  expect(iso).toMatch(/^2026-12-08T14:30:00[+-]\d{2}:\d{2}$/);
  expect(new Date(iso).getTime()).toBe(new Date(2026, 11, 8, 14, 30).getTime());
});
