import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18n } from '@/lib/i18n';

// A busy two-core machine runs several spec files at once; waiting for what appears is not a timing check.
configure({ asyncUtilTimeout: 5_000 });

// jsdom does no layout, so it lacks scrolling; the router's scroll restoration calls it.
window.scrollTo = () => {};

// The tests are written in Dutch; jsdom's browser speaks American English, which would win at start.
beforeAll(async () => {
  await i18n.changeLanguage('nl');
});

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(async () => {
  cleanup();
  localStorage.clear();
  await i18n.changeLanguage('nl');
});
