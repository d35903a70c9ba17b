import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';

test('the app shell loads in Dutch, reports a ready system and switches to English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByText(/^Alles werkt/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(/^Everything works/)).toBeVisible();
  await expectAccessible(page);
});

test('an unknown address shows the not-found page inside the shell', async ({ page }) => {
  await page.goto('/does-not-exist');
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/niet gevonden/i);
  await expectAccessible(page);
});
