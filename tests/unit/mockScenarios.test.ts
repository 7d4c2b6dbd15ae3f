import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../../mocks/browser';
import { scenarios } from '../../mocks/scenarios';
import { pricesResponseSchema } from '../../src/api/schemas';

/** The in-process mock fetch of mock mode (msw's getResponse), with and without fault scenarios. */

const PRICES = 'http://localhost/api/v1/prices/NVDA';
const prices = () => new Request(PRICES, { headers: { Accept: 'application/json' } });

async function errorCode(response: Response): Promise<unknown> {
  const body = (await response.json()) as { error?: { code?: unknown } };
  return body.error?.code;
}

describe('createMockFetch', () => {
  it('with no scenario answers the NVDA prices with 200 and contract data', async () => {
    const mockFetch = createMockFetch();

    const response = await mockFetch(prices());

    expect(response.status).toBe(200);
    const parsed = pricesResponseSchema.safeParse(await response.json());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.symbol).toBe('NVDA');
    expect(parsed.data?.bars.length).toBeGreaterThan(200);
  });

  it('with no scenario answers any origin under /api/v1', async () => {
    const mockFetch = createMockFetch(null);

    const response = await mockFetch(
      new Request('https://dashboard.example.org/sub/path/api/v1/symbols'),
    );

    expect(response.status).toBe(200);
  });

  it("'fail-once' fails the first prices request with 503, then succeeds", async () => {
    const mockFetch = createMockFetch('fail-once');

    const first = await mockFetch(prices());
    expect(first.status).toBe(503);
    expect(await errorCode(first)).toBe('server_error');

    const second = await mockFetch(prices());
    expect(second.status).toBe(200);
    expect(pricesResponseSchema.safeParse(await second.json()).success).toBe(true);

    const third = await mockFetch(prices());
    expect(third.status).toBe(200);
  });

  it("each mock fetch made with 'fail-once' fails its own first request", async () => {
    const first = createMockFetch('fail-once');
    expect((await first(prices())).status).toBe(503);
    expect((await first(prices())).status).toBe(200);

    const second = createMockFetch('fail-once');
    expect((await second(prices())).status).toBe(503);
    expect((await second(prices())).status).toBe(200);
  });

  it("'fail-once' leaves the other endpoints alone", async () => {
    const mockFetch = createMockFetch('fail-once');

    const symbols = await mockFetch(new Request('http://localhost/api/v1/symbols'));

    expect(symbols.status).toBe(200);
  });

  it("'network-error' makes the promise reject with a TypeError", async () => {
    const mockFetch = createMockFetch('network-error');

    await expect(mockFetch(prices())).rejects.toBeInstanceOf(TypeError);
    // Every time, not just once.
    await expect(mockFetch(prices())).rejects.toBeInstanceOf(TypeError);
  });

  it("'server-error' gives 500 server_error every time", async () => {
    const mockFetch = createMockFetch('server-error');

    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await mockFetch(prices());
      expect(response.status).toBe(500);
      expect(await errorCode(response)).toBe('server_error');
    }
  });

  it("'malformed-json' gives 200 with a body JSON.parse rejects", async () => {
    const mockFetch = createMockFetch('malformed-json');

    const response = await mockFetch(prices());

    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('a scenario does not leak into a mock fetch made without it', async () => {
    createMockFetch('server-error');
    const plain = createMockFetch();

    expect((await plain(prices())).status).toBe(200);
  });

  it('a request no handler matches rejects', async () => {
    const mockFetch = createMockFetch();

    await expect(
      mockFetch(new Request('http://localhost/api/v2/prices/NVDA')),
    ).rejects.toBeInstanceOf(TypeError);
    await expect(mockFetch(new Request('http://localhost/other'))).rejects.toThrow();
    await expect(mockFetch(new Request(PRICES, { method: 'POST' }))).rejects.toThrow();
  });

  it('every scenario has handlers and a name usable in ?scenario=', () => {
    const names = Object.keys(scenarios);
    expect(names).toEqual(
      expect.arrayContaining(['fail-once', 'network-error', 'server-error', 'malformed-json']),
    );
    for (const name of names) expect(name).toMatch(/^[a-z-]+$/);
  });
});
