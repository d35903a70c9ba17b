import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NotificationResponse } from '@vitaal/shared/notifications';
import type { Page } from '@vitaal/shared/page';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { stubApi } from '@/test/stub-api';

beforeEach(() => {
  // Only the clock: week numbers of this year are shown without the year.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

let sequence = 0;
function notification(kind: string, data: Record<string, unknown>, read = false): NotificationResponse {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-4${String(sequence).padStart(11, '0')}`,
    kind,
    data,
    read,
    createdAt: '2026-11-23T08:30:00Z',
  };
}

const approved = notification('learning_time.approved', { requestId: 'r1', week: '2026-W49', hours: 4 });
const requested = notification('learning_time.requested', { requestId: 'r2', week: '2027-W02', hours: 2.5 }, true);
const reminder = notification('week.reminder', { week: '2026-W47' }, true);
const exported = notification('personal_data.exported', { format: 'json' }, true);

const pageOf = (items: NotificationResponse[], total = items.length, offset = 0): Page<NotificationResponse> => ({
  items,
  total,
  limit: 20,
  offset,
});

it('words each notification in the reader’s language, links it and marks the unread ones', async () => {
  stubApi({
    'GET /notifications': () => Response.json(pageOf([approved, requested, reminder, exported])),
    'GET /notifications/unread-count': () => Response.json({ unread: 1 }),
  });
  renderApp('/notifications');

  const list = await screen.findByRole('list', { name: 'Meldingen' });
  const items = within(list).getAllByRole('listitem');
  expect(within(items[0]!).getByText('Nieuw')).toBeVisible();
  expect(
    within(items[0]!)
      .getByRole('link', { name: 'Je aanvraag voor 4 uur leertijd in week 49 is goedgekeurd.' })
      .getAttribute('href'),
  ).toBe('/learning-time');
  expect(within(items[1]!).queryByText('Nieuw')).toBeNull();
  expect(
    within(items[1]!)
      .getByRole('link', {
        name: 'Er is een aanvraag voor 2,5 uur leertijd in week 2 van 2027 die op je beslissing wacht.',
      })
      .getAttribute('href'),
  ).toBe('/learning-time/approvals');
  expect(
    within(items[2]!)
      .getByRole('link', { name: 'Kijk terug op week 47: vul je reflectie in en lever de week in.' })
      .getAttribute('href'),
  ).toBe('/weeks/2026-W47');
  expect(
    within(items[3]!)
      .getByRole('link', { name: /Een beheerder heeft een kopie van al je gegevens gedownload/ })
      .getAttribute('href'),
  ).toBe('/my-data');
  expect(screen.getByText('4 van 4 meldingen')).toBeVisible();
});

it('marks a notification read when it is opened', async () => {
  const read = vi.fn(() => new Response(null, { status: 204 }));
  stubApi({
    'GET /notifications': () => Response.json(pageOf([approved])),
    'GET /notifications/unread-count': () => Response.json({ unread: 1 }),
    [`POST /notifications/${approved.id}/read`]: read,
    'GET /learning-time/balance': () => Response.json({}),
  });
  renderApp('/notifications');

  fireEvent.click(await screen.findByRole('link', { name: /is goedgekeurd/ }));

  await waitFor(() => expect(read).toHaveBeenCalledOnce());
  expect(await screen.findByRole('heading', { level: 1, name: 'Leertijd' })).toBeVisible();
});

it('marks all as read', async () => {
  let unread = 2;
  const readAll = vi.fn(() => {
    unread = 0;
    return new Response(null, { status: 204 });
  });
  stubApi({
    'GET /notifications': () => Response.json(pageOf([approved])),
    'GET /notifications/unread-count': () => Response.json({ unread }),
    'POST /notifications/read-all': readAll,
  });
  renderApp('/notifications');

  fireEvent.click(await screen.findByRole('button', { name: 'Alles als gelezen markeren' }));

  expect(await screen.findByText('Alle meldingen zijn gelezen.')).toBeVisible();
  expect(readAll).toHaveBeenCalledOnce();
  expect(screen.queryByRole('button', { name: 'Alles als gelezen markeren' })).toBeNull();
  expect(screen.getByRole('link', { name: 'Meldingen' })).toBeVisible();
});

it('shows older notifications below when asked', async () => {
  const urls: string[] = [];
  stubApi({
    // The answer to the request just recorded: its offset says which page.
    'GET /notifications': () =>
      Response.json(urls.at(-1)?.includes('offset=1') ? pageOf([reminder], 2, 1) : pageOf([approved], 2)),
    'GET /notifications/unread-count': () => Response.json({ unread: 1 }),
  });
  const stubbed = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return stubbed(input, init);
  });
  renderApp('/notifications');

  fireEvent.click(await screen.findByRole('button', { name: 'Oudere meldingen tonen' }));

  expect(await screen.findByRole('link', { name: /Kijk terug op week 47/ })).toBeVisible();
  expect(screen.getByText('2 van 2 meldingen')).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Oudere meldingen tonen' })).toBeNull();
});

it('says so when there are none', async () => {
  stubApi({
    'GET /notifications': () => Response.json(pageOf([])),
    'GET /notifications/unread-count': () => Response.json({ unread: 0 }),
  });
  renderApp('/notifications');

  expect(await screen.findByText('Je hebt geen meldingen.')).toBeVisible();
});
