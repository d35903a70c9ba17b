import { expect, type Page } from '@playwright/test';

export interface Professional {
  displayName: string;
  email: string;
}

/**
 * A new professional in a new organisation, signed in: the API's answer sets the session
 * cookies in the page's own browser context. The address is unique per run.
 */
export async function signUpProfessional(page: Page): Promise<Professional> {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const professional = { displayName: 'Sanne de Boer', email: `sanne-${unique}@example.nl` };
  const response = await page.request.post('/api/v1/auth/signup', {
    data: {
      organizationName: `Zorggroep ${unique}`,
      password: 'een-lang-genoeg-wachtwoord',
      locale: 'nl',
      ...professional,
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return professional;
}
