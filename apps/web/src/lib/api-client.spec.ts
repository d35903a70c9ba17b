import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiClient, setUnauthenticatedHandler } from './api-client';

function problemResponse(status: number, body: object): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('apiClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthenticatedHandler(null);
  });

  it('sends JSON to /api/v1 with the session cookie and returns the parsed body', async () => {
    const fetchMock = vi.fn(async () => Response.json({ id: 'g1' }, { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(apiClient.post('/goals', { title: 'Leren coachen' })).resolves.toEqual({ id: 'g1' });

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/goals');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"title":"Leren coachen"}' });
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('turns problem details into an ApiError with code and field errors', async () => {
    vi.stubGlobal('fetch', async () =>
      problemResponse(400, {
        type: 'urn:vitaal:problem:validation_failed',
        title: 'Bad Request',
        status: 400,
        detail: 'The request has invalid fields.',
        code: 'validation_failed',
        correlationId: 'c0ffee',
        errors: [{ field: 'title', message: 'title must not be empty' }],
      }),
    );

    const error = await apiClient.post('/goals', { title: '' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'The request has invalid fields.',
      correlationId: 'c0ffee',
      fieldErrors: [{ field: 'title', message: 'title must not be empty' }],
    });
  });

  it('turns a failed connection into a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });

    const error = await apiClient.get('/health').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'network_error', fieldErrors: [] });
  });

  it('turns an error without problem details into an unexpected response', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('<h1>Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    );

    await expect(apiClient.get('/health')).rejects.toMatchObject({ status: 502, code: 'unexpected_response' });
  });

  it('tells the unauthenticated handler when the session is gone', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    vi.stubGlobal('fetch', async () =>
      problemResponse(401, {
        status: 401,
        code: 'unauthenticated',
        title: 'Unauthorized',
        detail: 'Sign in first.',
        correlationId: 'c1',
        type: 'x',
      }),
    );

    await expect(apiClient.get('/me')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('echoes the CSRF cookie on changes but not on reads', async () => {
    document.cookie = 'vitaal_csrf=t0ken';
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(apiClient.delete('/goals/g1')).resolves.toBeUndefined();
    await apiClient.get('/goals');

    const headersOf = (call: number) =>
      new Headers((fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers);
    expect(headersOf(0).get('x-csrf-token')).toBe('t0ken');
    expect(headersOf(1).has('x-csrf-token')).toBe(false);
    document.cookie = 'vitaal_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });
});
