import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { anHourAgo, createTeamWithTwoMembers, peerHours, reflectOnCurrentWeek } from './support/team-learning-team';

const session = {
  title: 'Intervisie: lastige gesprekken aan de balie',
  agenda: 'Bram brengt een casus in over een boze bezoeker.',
  outcomes: 'Eerst de emotie benoemen, dan pas de regels uitleggen.',
  agreements: 'Sanne maakt een spiekbriefje voor de balie.',
};
const learned = 'Als ik eerst benoem wat ik zie, zakt de spanning en luistert iemand weer.';

/** Kept with the run's artifacts, to see each page as the test saw it. */
async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test('a team plans an intervision, records it, carries the hours and shares what was learned', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { teamId, teamName, memberA, memberB } = await createTeamWithTwoMembers(page, browser);
  const a = memberA.page;
  const b = memberB.page;

  // Sanne finds her team and plans an intervision that has just taken place.
  await a.goto('/');
  await a.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teamleren' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Teamleren' })).toBeVisible();
  await expectAccessible(a);
  await snapshot(a, testInfo, 'teams');
  await a.getByRole('link', { name: teamName }).click();
  await expect(a.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
  await expect(a.getByRole('region', { name: 'Wie zitten erin' })).toContainText('Bram Jansen');
  await expect(a.getByText('Er is nog niets gedeeld.')).toBeVisible();
  await expectAccessible(a);

  await a.getByRole('link', { name: 'Sessie plannen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Sessie plannen' })).toBeVisible();
  await expectAccessible(a);
  const when = await anHourAgo(a);
  await a.getByLabel('Soort sessie').selectOption({ label: 'Intervisie' });
  await a.getByLabel('Titel').fill(session.title);
  await a.getByLabel('Datum').fill(when.date);
  await a.getByLabel('Begintijd').fill(when.time);
  await a.getByLabel('Duur in minuten').fill('60');
  await a.getByLabel('Gespreksleider').selectOption({ label: memberA.displayName });
  await a.getByLabel('Agenda').fill(session.agenda);
  await snapshot(a, testInfo, 'new-session');
  await a.getByRole('button', { name: 'Sessie plannen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
  await expect(a).toHaveURL(new RegExp(`/teams/${teamId}/sessions/[0-9a-f-]+$`));
  const sessionUrl = a.url();
  await expectAccessible(a);

  // Bram opens it from the team page, says he was there and writes down what came out of it.
  await b.goto(`/teams/${teamId}`);
  await b.getByRole('region', { name: 'Eerdere sessies' }).getByRole('link', { name: session.title }).click();
  await expect(b.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
  await expect(b.getByText(session.agenda)).toBeVisible();
  const bramThere = b.getByRole('button', { name: 'Ik was erbij' });
  await bramThere.click();
  await expect(bramThere).toHaveAttribute('aria-pressed', 'true');
  await expect(b.getByRole('region', { name: 'Aanwezigheid' }).getByRole('listitem')).toHaveText([
    `${memberB.displayName} (jij)`,
  ]);
  await b.getByLabel('Uitkomsten', { exact: true }).fill(session.outcomes);
  await b.getByLabel('Afspraken', { exact: true }).fill(session.agreements);
  await b.getByRole('button', { name: 'Uitkomsten opslaan' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expectAccessible(b);

  // Sanne sees the outcomes, marks herself present and carries the hour into her week.
  await a.goto(sessionUrl);
  await expect(a.getByLabel('Uitkomsten', { exact: true })).toHaveValue(session.outcomes);
  const sanneThere = a.getByRole('button', { name: 'Ik was erbij' });
  await sanneThere.click();
  await expect(sanneThere).toHaveAttribute('aria-pressed', 'true');
  await a.getByRole('button', { name: 'Uren in mijn week zetten' }).click();
  const carried = a.getByRole('status').filter({ hasText: 'staat in je week' });
  await expect(carried).toBeVisible();
  const weekLink = carried.getByRole('link');
  const carriedWeek = (await weekLink.getAttribute('href'))!.split('/').pop()!;
  expect(await peerHours(memberA, carriedWeek)).toBe(1);
  await expect(sanneThere).toBeDisabled();
  await expectAccessible(a);
  await snapshot(a, testInfo, 'session');

  // She writes what she learned in her week and publishes it to the team.
  const currentWeek = await reflectOnCurrentWeek(memberA, learned);
  const weekNumber = Number(currentWeek.split('-W')[1]);
  await a.getByRole('link', { name: `← Terug naar ${teamName}` }).click();
  await a.getByRole('button', { name: 'Delen uit mijn week' }).click();
  await expect(a.getByLabel('Week', { exact: true })).toHaveValue(currentWeek);
  await expect(a.locator('blockquote')).toHaveText(learned);
  await expectAccessible(a);
  await snapshot(a, testInfo, 'share-from-week');
  await a.getByRole('button', { name: new RegExp(`^Delen uit week ${weekNumber},`) }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Gedeeld met je team.' })).toBeVisible();
  const sannesPost = a.getByRole('article', { name: memberA.displayName });
  await expect(sannesPost).toContainText(learned);
  await expect(sannesPost).toContainText(`uit week ${weekNumber},`);
  await expect(
    a.getByRole('region', { name: 'Dit kwartaal' }).locator('div').filter({ hasText: 'Gedeelde lessen' }).locator('dd'),
  ).toHaveText('1');
  await expectAccessible(a);
  await snapshot(a, testInfo, 'team');

  // Bram sees the post, finds it insightful and says so.
  await b.goto(`/teams/${teamId}`);
  const post = b.getByRole('article', { name: memberA.displayName });
  await expect(post).toContainText(learned);
  await post.getByRole('button', { name: 'Leerzaam 0' }).click();
  await expect(post.getByRole('button', { name: 'Leerzaam 1' })).toHaveAttribute('aria-pressed', 'true');
  await post.getByLabel('Je reactie').fill('Herkenbaar, dat ga ik ook proberen.');
  await post.getByRole('button', { name: 'Reageren' }).click();
  await expect(post.getByText('Herkenbaar, dat ga ik ook proberen.')).toBeVisible();
  await expectAccessible(b);
  await snapshot(b, testInfo, 'team-feed');

  // The same page in English.
  await b.getByLabel('Taal', { exact: true }).selectOption('en');
  await expect(
    b.getByRole('region', { name: 'What we learned' }).getByRole('button', { name: 'Insightful 1' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(b.getByRole('region', { name: 'This quarter' })).toContainText('Shared learnings');
  await expectAccessible(b);
  await snapshot(b, testInfo, 'team-feed-en');

  await memberA.context.close();
  await memberB.context.close();
});
