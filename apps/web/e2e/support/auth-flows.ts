import { expect, type Page } from '@playwright/test';

export interface Account {
  organizationName: string;
  displayName: string;
  email: string;
  password: string;
}

/** A fresh organisation and admin per run, so a run never trips over the accounts of an earlier one. */
export function uniqueAccount(): Account {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    organizationName: `Testgemeente ${id}`,
    displayName: `Anna Test ${id.slice(-6)}`,
    email: `anna.${id}@example.nl`,
    password: 'een lang en geheim wachtwoord',
  };
}

export async function signUp(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Naam van je organisatie').fill(account.organizationName);
  await page.getByLabel('Je naam').fill(account.displayName);
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
}

/** Fills in and sends the sign-in form, in whichever language the page is. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /^(Inloggen|Sign in)$/ })).toBeVisible();
  await page.getByLabel(/^(E-mailadres|Email address)$/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
}
