import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_PATH, errorResponse } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { getEvents, getPrices, getShares, getSymbols } from '../../src/api/endpoints';
import {
  HttpError,
  InvalidResponseError,
  isApiError,
  isRetryable,
  NetworkError,
  TimeoutError,
} from '../../src/api/errors';
import { configureTransport } from '../../src/api/transport';

/** Runs `promise` and returns what it rejected with; fails the test if it resolved. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail, but it succeeded');
}

/** Answers every prices request with `response` (called afresh for each request). */
function pricesAnswer(response: () => Response | Promise<Response>) {
  server.use(http.get(`${API_PATH}/prices/:symbol`, response));
}

const goodBar = {
  date: '2025-01-27',
  open: 124.8,
  high: 128.4,
  low: 116.7,
  close: 118.42,
  adjClose: 118.3812,
  volume: 818830900,
};
const goodPrices = {
  symbol: 'NVDA',
  currency: 'USD',
  timezone: 'America/New_York',
  bars: [
    goodBar,
    {
      date: '2025-01-28',
      open: 121.81,
      high: 129,
      low: 116.25,
      close: 128.99,
      adjClose: null,
      volume: null,
    },
  ],
};

describe('getJson: a good response', () => {
  it('returns the parsed body and sends a GET for JSON to the right URL', async () => {
    const seen: Request[] = [];
    server.use(
      http.get(`${API_PATH}/prices/:symbol`, ({ request }) => {
        seen.push(request.clone());
        return HttpResponse.json(goodPrices);
      }),
    );

    const result = await getPrices('NVDA', { from: '2025-01-27', to: '2025-01-28' });

    expect(result).toEqual({ ...goodPrices, issues: [], breaks: new Set() });
    expect(seen).toHaveLength(1);
    const request = seen[0];
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('Accept')).toBe('application/json');
    const url = new URL(request?.url ?? '');
    expect(url.origin + url.pathname).toBe('http://localhost/api/v1/prices/NVDA');
    expect(url.searchParams.get('from')).toBe('2025-01-27');
    expect(url.searchParams.get('to')).toBe('2025-01-28');
  });

  it('does not double the slash when the base URL ends with one', async () => {
    configureTransport({ baseUrl: 'http://localhost/api/' });
    const paths: string[] = [];
    server.use(
      http.get('*', ({ request }) => {
        paths.push(new URL(request.url).pathname);
        return HttpResponse.json({ symbols: [] });
      }),
    );

    await expect(getSymbols()).resolves.toEqual({ symbols: [] });
    expect(paths).toEqual(['/api/v1/symbols']);
  });

  it('parses the other endpoints through their schemas', async () => {
    server.use(
      http.get(`${API_PATH}/shares/:symbol`, () =>
        HttpResponse.json({
          symbol: 'NVDA',
          points: [{ asOf: '2024-11-15', shares: 24490000000, source: '10-Q' }],
        }),
      ),
      http.get(`${API_PATH}/events`, () => HttpResponse.json({ events: [] })),
    );

    await expect(getShares('NVDA')).resolves.toEqual({
      symbol: 'NVDA',
      points: [{ asOf: '2024-11-15', shares: 24490000000, source: '10-Q' }],
    });
    await expect(getEvents('NVDA')).resolves.toEqual({ events: [], rejected: [] });
  });
});

describe('getJson: HTTP errors', () => {
  it('404 with a contract body gives HttpError(404, not_found, message)', async () => {
    pricesAnswer(() => errorResponse(404, 'not_found', 'Unknown symbol: XYZ'));

    const error = await rejectionOf(getPrices('XYZ', {}));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      name: 'HttpError',
      status: 404,
      code: 'not_found',
      message: 'Unknown symbol: XYZ',
      retryAfterSeconds: null,
    });
  });

  it('400 with a contract body gives HttpError(400, bad_request, message)', async () => {
    pricesAnswer(() => errorResponse(400, 'bad_request', 'from must be a YYYY-MM-DD date'));

    const error = await rejectionOf(getPrices('NVDA', { from: 'yesterday' }));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 400,
      code: 'bad_request',
      message: 'from must be a YYYY-MM-DD date',
    });
  });

  it('500 with an HTML page keeps the status, has no code and a generic message', async () => {
    pricesAnswer(
      () =>
        new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 500,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 500, code: null, message: 'HTTP 500' });
  });

  it('an error status with JSON that is not the contract body has no code', async () => {
    pricesAnswer(() => HttpResponse.json({ message: 'nope' }, { status: 503 }));

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toMatchObject({ status: 503, code: null, message: 'HTTP 503' });
  });

  it('429 with Retry-After in seconds exposes retryAfterSeconds', async () => {
    pricesAnswer(() =>
      errorResponse(429, 'rate_limited', 'Too many requests', { 'Retry-After': '17' }),
    );

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Too many requests',
      retryAfterSeconds: 17,
    });
  });

  it('429 with Retry-After as an HTTP date gives the seconds until then', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    pricesAnswer(() =>
      errorResponse(429, 'rate_limited', 'Too many requests', { 'Retry-After': inTwoMinutes }),
    );

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(HttpError);
    const seconds = (error as HttpError).retryAfterSeconds;
    // toUTCString drops the milliseconds, and the request itself takes a moment.
    expect(seconds).toBeGreaterThanOrEqual(115);
    expect(seconds).toBeLessThanOrEqual(120);
  });

  it('an unreadable Retry-After is ignored', async () => {
    pricesAnswer(() =>
      errorResponse(429, 'rate_limited', 'Too many requests', { 'Retry-After': 'soon' }),
    );

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toMatchObject({ status: 429, retryAfterSeconds: null });
  });
});

describe('getJson: 200 with a body that breaks the contract', () => {
  it('a body that is not JSON gives InvalidResponseError', async () => {
    pricesAnswer(
      () =>
        new HttpResponse('<!doctype html><title>Login</title>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/not JSON/);
  });

  it('a truncated JSON body gives InvalidResponseError', async () => {
    pricesAnswer(() => new HttpResponse('{"symbol": "NVDA", "bars": [', { status: 200 }));

    await expect(getPrices('NVDA', {})).rejects.toBeInstanceOf(InvalidResponseError);
  });

  const withBar = (index: number, bar: Record<string, unknown>) => {
    const bars: unknown[] = [...goodPrices.bars];
    bars[index] = bar;
    return { ...goodPrices, bars };
  };
  const barWithoutVolume = Object.fromEntries(
    Object.entries(goodBar).filter(([key]) => key !== 'volume'),
  );

  // A bad row is the data's problem, not the answer's: it is dropped and counted, the rest is kept.
  it.each([
    {
      what: 'a NaN-like string price',
      body: withBar(0, { ...goodBar, close: 'NaN' }),
      kind: 'bad-price',
    },
    {
      what: 'a numeric string price',
      body: withBar(1, { ...goodBar, date: '2025-01-28', open: '121.81' }),
      kind: 'bad-price',
    },
    {
      what: 'an impossible date (2025-02-30)',
      body: withBar(1, { ...goodBar, date: '2025-02-30' }),
      kind: 'bad-date',
    },
    {
      what: 'a date in another format',
      body: withBar(0, { ...goodBar, date: '01/27/2025' }),
      kind: 'bad-date',
    },
    { what: 'a negative price', body: withBar(0, { ...goodBar, low: -1 }), kind: 'bad-price' },
  ])('$what drops that row and counts it as $kind', async ({ body, kind }) => {
    pricesAnswer(() => HttpResponse.json(body));

    const result = await getPrices('NVDA', {});

    expect(result.bars).toHaveLength(goodPrices.bars.length - 1);
    expect(result.issues).toContainEqual(expect.objectContaining({ kind, count: 1 }));
  });

  it('a bar without a volume field keeps the bar, its volume not reported', async () => {
    pricesAnswer(() => HttpResponse.json(withBar(0, barWithoutVolume)));

    const result = await getPrices('NVDA', {});

    expect(result.bars).toHaveLength(goodPrices.bars.length);
    expect(result.bars[0]?.volume).toBeNull();
  });

  it.each([
    {
      what: 'a missing top-level field',
      body: { ...goodPrices, currency: undefined },
      path: 'currency',
    },
    { what: 'bars that are not a list', body: { ...goodPrices, bars: {} }, path: 'bars' },
  ])('$what gives InvalidResponseError naming $path', async ({ body, path }) => {
    pricesAnswer(() => HttpResponse.json(body));

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain(`at ${path}:`);
  });

  it('an answer for another symbol gives InvalidResponseError', async () => {
    pricesAnswer(() => HttpResponse.json({ ...goodPrices, symbol: 'AMD' }));

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('Asked for NVDA');
  });

  it('bars outside the range asked for give InvalidResponseError', async () => {
    pricesAnswer(() => HttpResponse.json(goodPrices));

    const error = await rejectionOf(getPrices('NVDA', { from: '2025-02-01' }));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('outside');
  });

  it('an event kind outside the contract skips that event and names it', async () => {
    server.use(
      http.get(`${API_PATH}/events`, () =>
        HttpResponse.json({
          events: [
            {
              id: 'x',
              title: 'x',
              kind: 'rumour',
              start: '2025-01-27',
              end: null,
              summary: '',
              quote: null,
              sources: [],
            },
          ],
        }),
      ),
    );

    const result = await getEvents('NVDA');

    expect(result.events).toEqual([]);
    expect(result.rejected).toEqual([
      { id: 'x', reason: expect.stringContaining('kind') as string },
    ]);
  });
});

describe('getJson: no answer', () => {
  it('a failed connection gives NetworkError', async () => {
    pricesAnswer(() => HttpResponse.error());

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('NetworkError');
  });

  it('a response that never comes gives TimeoutError after timeoutMs', async () => {
    configureTransport({ timeoutMs: 50 });
    let reached = false;
    server.use(
      http.get(`${API_PATH}/symbols`, async () => {
        reached = true;
        await delay('infinite');
        return HttpResponse.json({ symbols: [] });
      }),
    );

    const started = performance.now();
    const error = await rejectionOf(getSymbols());
    const elapsed = performance.now() - started;

    expect(reached).toBe(true);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: 'TimeoutError', seconds: 0.05 });
    expect(elapsed).toBeGreaterThanOrEqual(40);
    expect(elapsed).toBeLessThan(2000);
  });

  it('a slow response within the timeout still succeeds', async () => {
    configureTransport({ timeoutMs: 1000 });
    server.use(
      http.get(`${API_PATH}/symbols`, async () => {
        await delay(30);
        return HttpResponse.json({ symbols: [] });
      }),
    );

    await expect(getSymbols()).resolves.toEqual({ symbols: [] });
  });

  it('aborting the caller signal rejects with the abort, not a NetworkError or TimeoutError', async () => {
    configureTransport({ timeoutMs: 5000 });
    const controller = new AbortController();
    server.use(
      http.get(`${API_PATH}/symbols`, async () => {
        // The request has reached the server: the caller gives up now.
        controller.abort();
        await delay('infinite');
        return HttpResponse.json({ symbols: [] });
      }),
    );

    const started = performance.now();
    const error = await rejectionOf(getSymbols(controller.signal));

    expect(performance.now() - started).toBeLessThan(2000);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(isApiError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });

  it('an abort reason given by the caller is what the request rejects with', async () => {
    configureTransport({ timeoutMs: 5000 });
    const controller = new AbortController();
    const reason = new Error('the user picked another symbol');
    server.use(
      http.get(`${API_PATH}/symbols`, async () => {
        controller.abort(reason);
        await delay('infinite');
        return HttpResponse.json({ symbols: [] });
      }),
    );

    const error = await rejectionOf(getSymbols(controller.signal));

    expect(error).toBe(reason);
  });

  // No 'abort' event ever fires for a signal that is already aborted: the client must look first.
  it('an already-aborted caller signal rejects without a request', async () => {
    let requests = 0;
    server.use(
      http.get(`${API_PATH}/symbols`, () => {
        requests += 1;
        return HttpResponse.json({ symbols: [] });
      }),
    );

    const error = await rejectionOf(getSymbols(AbortSignal.abort()));

    expect((error as Error).name).toBe('AbortError');
    expect(requests).toBe(0);
  });

  // With a real fetch, a body that stalls after the headers makes response.text() reject with the
  // timeout reason: that is a timeout, not "not JSON".
  it('a body that stalls past the timeout gives TimeoutError', async () => {
    configureTransport({
      timeoutMs: 50,
      // Like undici's fetch: headers arrive, the body never completes, and aborting the request
      // errors the body stream with the abort reason.
      fetch: (request) => {
        const body = new ReadableStream<Uint8Array>({
          start(stream) {
            stream.enqueue(new TextEncoder().encode('{"symbols": ['));
            request.signal.addEventListener('abort', () => {
              stream.error(request.signal.reason);
            });
          },
        });
        return Promise.resolve(
          new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
        );
      },
    });

    const error = await rejectionOf(getSymbols());

    expect(error).toBeInstanceOf(TimeoutError);
  });
});

describe('isRetryable', () => {
  it.each([
    { status: 400, code: 'bad_request', retryable: false },
    { status: 404, code: 'not_found', retryable: false },
    { status: 429, code: 'rate_limited', retryable: true },
    { status: 500, code: 'server_error', retryable: true },
    { status: 502, code: 'server_error', retryable: true },
    { status: 503, code: 'server_error', retryable: true },
  ])('HTTP $status from the server: $retryable', async ({ status, code, retryable }) => {
    pricesAnswer(() => errorResponse(status, code, `status ${status}`));

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(HttpError);
    expect(isRetryable(error)).toBe(retryable);
  });

  it('a network error is retryable', async () => {
    pricesAnswer(() => HttpResponse.error());

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(NetworkError);
    expect(isRetryable(error)).toBe(true);
  });

  it('a timeout is retryable', async () => {
    configureTransport({ timeoutMs: 30 });
    pricesAnswer(async () => {
      await delay('infinite');
      return HttpResponse.json(goodPrices);
    });

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(isRetryable(error)).toBe(true);
  });

  it('an invalid response is not retryable', async () => {
    pricesAnswer(() => HttpResponse.json({ bars: 'none' }));

    const error = await rejectionOf(getPrices('NVDA', {}));

    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(isRetryable(error)).toBe(false);
  });

  it('errors from outside the client are not retryable', () => {
    expect(isRetryable(new Error('boom'))).toBe(false);
    expect(isRetryable(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isRetryable('503')).toBe(false);
    expect(isRetryable(null)).toBe(false);
  });
});
