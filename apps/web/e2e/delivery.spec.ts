import { expect, test, type Response } from '@playwright/test';

test('the app arrives brotli-compressed, its hashed files cached for a year and the page never', async ({ page }) => {
  const assets: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/')) assets.push(response);
  });
  const document = await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  expect((await document!.allHeaders())['cache-control']).toBe('no-cache');

  const scriptsAndStyles = assets.filter((response) => /\.(js|css)$/.test(response.url()));
  expect(scriptsAndStyles.length).toBeGreaterThan(0);
  for (const response of scriptsAndStyles) {
    const headers = await response.allHeaders();
    const size = (await response.body()).length;
    // The build leaves files under a kilobyte as they are; every larger one has a brotli copy.
    const expected = { file: response.url(), encoding: size >= 1024 ? 'br' : undefined, immutable: true };
    expect({
      file: response.url(),
      encoding: headers['content-encoding'],
      immutable: /max-age=31536000, immutable/.test(headers['cache-control'] ?? ''),
    }).toEqual(expected);
  }
});
