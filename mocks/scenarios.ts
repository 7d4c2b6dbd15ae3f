import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { API_PATH, errorResponse } from './handlers';

/**
 * Fault scenarios, put in front of the normal handlers: in development with `?scenario=NAME` (mock
 * mode only) and in tests. Each mimics one way a real price API fails. Each is a factory: `once`
 * handlers remember being used, so every mock API gets fresh ones.
 */
export const scenarios = {
  /** Every prices request fails with HTTP 500. */
  'server-error': () => [
    http.get(`${API_PATH}/prices/:symbol`, () =>
      errorResponse(500, 'server_error', 'The price service failed'),
    ),
  ],
  /** The first prices request fails with HTTP 503, the next ones succeed. */
  'fail-once': () => [
    http.get(
      `${API_PATH}/prices/:symbol`,
      () => errorResponse(503, 'server_error', 'The price service is unavailable'),
      { once: true },
    ),
  ],
  /**
   * The first three prices requests for each symbol fail with HTTP 503, then the service is back:
   * more failures than the app's automatic retries, so the error shows and the reader's Retry recovers.
   */
  'outage-then-recover': () => {
    const failures = new Map<string, number>();
    return [
      http.get(`${API_PATH}/prices/:symbol`, ({ params }) => {
        const symbol = String(params.symbol);
        const count = failures.get(symbol) ?? 0;
        if (count >= 3) return undefined;
        failures.set(symbol, count + 1);
        return errorResponse(503, 'server_error', 'The price service is unavailable');
      }),
    ];
  },
  /** The connection fails: no HTTP answer at all. */
  'network-error': () => [http.get(`${API_PATH}/prices/:symbol`, () => HttpResponse.error())],
  /** 200 with a body that is not JSON. */
  'malformed-json': () => [
    http.get(`${API_PATH}/prices/:symbol`, () => new HttpResponse('{"bars": [', { status: 200 })),
  ],
  /** Every prices request is rate limited, asking to wait 3 s. */
  'rate-limited': () => [
    http.get(`${API_PATH}/prices/:symbol`, () =>
      errorResponse(429, 'rate_limited', 'Too many requests', { 'Retry-After': '3' }),
    ),
  ],
  /** The prices request never answers: the client gives up after its timeout (15 s). */
  hang: () => [
    http.get(`${API_PATH}/prices/:symbol`, async () => {
      await delay('infinite');
    }),
  ],
  /** Every request takes 2 s: the loading state stays visible. */
  slow: () => [
    http.all(`${API_PATH}/*`, async () => {
      await delay(2000);
    }),
  ],
} satisfies Record<string, () => RequestHandler[]>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}
