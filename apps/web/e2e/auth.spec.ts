import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signIn, signUp, uniqueAccount } from './support/auth-flows';

// Signing up, in and changing the password each hash a password (argon2id, slow on purpose);
// on a busy machine that can outlast the default five seconds of waiting.
const expect = baseExpect.configure({ timeout: 15_000 });

test('a new organisation signs up, signs in again, and changes its language and password', async ({ page }) => {
  test.setTimeout(120_000);
  const account = uniqueAccount();
  const newPassword = 'een ander lang wachtwoord';

  await test.step('sign up and land on the overview, signed in', async () => {
    await page.goto('/sign-up');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisatie aanmelden' })).toBeVisible();
    await expectAccessible(page);
    await signUp(page, account);
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: `Ingelogd als ${account.displayName}` })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('sign out', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('a signed-out visit to the profile asks to sign in first', async () => {
    await page.goto('/profile');
    await expect(page).toHaveURL('/sign-in?next=%2Fprofile');
  });

  await test.step('a wrong password is refused with an explanation', async () => {
    await signIn(page, account.email, 'niet het goede wachtwoord');
    await expect(page.getByRole('alert')).toContainText('Het e-mailadres of wachtwoord klopt niet.');
    await expectAccessible(page);
  });

  await test.step('the right password leads back to the profile', async () => {
    await signIn(page, account.email, account.password);
    await expect(page).toHaveURL('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profiel' })).toBeVisible();
    await expect(page.getByText(account.organizationName)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('choosing English on the profile switches the app to English', async () => {
    await page.getByLabel('Voorkeurstaal').selectOption('en');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Your name and language have been saved.' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
  });

  await test.step('change the password', async () => {
    await page.getByLabel('Current password').fill(account.password);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat your new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('only the new password works, and the app stays in English', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, account.email, account.password);
    await expect(page.getByRole('alert')).toContainText('The email address or password is incorrect.');
    await signIn(page, account.email, newPassword);
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Vitaal' })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the language chosen in the header is kept on the account for the next sign-in', async () => {
    await page.getByLabel('Language').selectOption('nl');
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    // Another choice on the sign-in page, on this device only: the account's language wins once signed in.
    await page.getByLabel('Taal').selectOption('en');
    await signIn(page, account.email, newPassword);
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Vitaal' })).toBeVisible();
    await page.goto('/profile');
    await expect(page.getByLabel('Voorkeurstaal')).toHaveValue('nl');
  });
});

test('an invitation link that no longer works explains itself', async ({ page }) => {
  await page.goto('/invitations/not-a-real-invitation');
  await expect(page.getByText(/Deze uitnodiging is ongeldig, verlopen of al gebruikt/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/sign-in');
  await expectAccessible(page);
});
