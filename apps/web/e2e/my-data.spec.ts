import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { signUpAdmin, uniqueSuffix } from './support/admin-session';
import { csrfHeaders, invite } from './support/organization';

/** A folder to keep screenshots of the pages in both languages and sizes in, when set. */
const SCREENSHOTS = process.env.MY_DATA_SCREENSHOTS;

async function download(page: Page, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return readFile((await file.path())!, 'utf8');
}

test('a professional downloads their data; an admin erases a person after confirming', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const suffix = uniqueSuffix();
  await signUpAdmin(page, suffix);
  const professional = await invite(page, browser, { displayName: `Professional ${suffix}`, suffix });
  const me = professional.page;
  const goal = await me.request.post('/api/v1/goals', {
    data: { title: `Leren presenteren ${suffix}`, developmentQuestion: 'Hoe blijf ik rustig?' },
    headers: await csrfHeaders(professional.context),
  });
  expect(goal.status()).toBe(201);

  // From the profile to "My data", and both files.
  await me.goto('/profile');
  await me.getByRole('link', { name: 'Mijn gegevens downloaden of laten wissen' }).click();
  await expect(me.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expectAccessible(me);
  const json = JSON.parse(await download(me, 'Download als JSON-bestand'));
  expect(json.schemaVersion).toBe(1);
  expect(json.goals.map((g: { title: string }) => g.title)).toContain(`Leren presenteren ${suffix}`);
  const document = await download(me, 'Download als leesbaar document');
  expect(document).toContain('<h1>Mijn gegevens in Vitaal</h1>');
  expect(document).toContain(`Leren presenteren ${suffix}`);
  if (SCREENSHOTS) {
    // The document opens on its own, from disk.
    await writeFile(`${SCREENSHOTS}/document.html`, document);
    const offline = await me.context().newPage();
    await offline.goto(`file://${SCREENSHOTS}/document.html`);
    await offline.screenshot({ path: `${SCREENSHOTS}/document-nl.png`, fullPage: true });
    await offline.close();
    for (const [locale, width] of [
      ['nl', 1280],
      ['nl', 390],
      ['en', 1280],
      ['en', 390],
    ] as const) {
      await me.setViewportSize({ width, height: 900 });
      await me.evaluate((lang) => localStorage.setItem('vitaal.locale', lang), locale);
      await me.goto('/my-data');
      await me.screenshot({ path: `${SCREENSHOTS}/my-data-${locale}-${width}.png`, fullPage: true });
    }
  }
  await me.context().close();

  // The admin erases the professional, after seeing what goes and typing their name.
  await page.goto('/admin/people');
  await page.getByRole('button', { name: `${professional.displayName} bewerken` }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Account wissen…' }).click();
  const dialog = page.getByRole('dialog', { name: `Account van ${professional.displayName} wissen` });
  await expect(dialog.getByText('1 leerdoel met 0 mijlpalen wordt verwijderd')).toBeVisible();
  await expectAccessible(page);
  if (SCREENSHOTS) {
    await page.screenshot({ path: `${SCREENSHOTS}/erase-dialog-nl.png`, fullPage: true });
    await page.getByLabel('Taal').selectOption('en');
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/erase-dialog-en-390.png`, fullPage: true });
    await page.getByLabel('Language').selectOption('nl');
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(dialog.getByText('Typ de naam precies zoals hierboven.')).toBeVisible();
  await dialog.getByLabel(`Typ de naam ${professional.displayName} om te bevestigen`).fill(professional.displayName);
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(page.getByText(`Het account van ${professional.displayName} is gewist.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: professional.email })).toHaveCount(0);
  await expect(page.getByRole('table').getByText(professional.displayName)).toHaveCount(0);
  await expectAccessible(page);
});
