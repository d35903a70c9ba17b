import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'een lange zin als wachtwoord';

/** A run-unique suffix, so repeated runs against one database never collide on email addresses. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Signs up a new organisation through the API; its first person is an admin. The request runs
 * in the page's context, so the session cookies land there and the page is signed in.
 */
export async function signUpAdmin(page: Page, suffix: string): Promise<{ email: string; displayName: string }> {
  const admin = { email: `beheer-${suffix}@example.nl`, displayName: `Beheerder ${suffix}` };
  const response = await page.request.post('/api/v1/auth/signup', {
    data: {
      organizationName: `Organisatie ${suffix}`,
      displayName: admin.displayName,
      email: admin.email,
      password: PASSWORD,
      locale: 'nl',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return admin;
}
