import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { pricesBySymbol, storyEvents } from './dataset';
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
  /** A proxy in front of the service fails with its own HTML page (HTTP 502). */
  'bad-gateway-html': () => [
    http.get(`${API_PATH}/prices/:symbol`, () =>
      html('<html><body><h1>502 Bad Gateway</h1></body></html>', 502),
    ),
  ],
  /** The service does not know the symbol (HTTP 404, the contract's error body). */
  'unknown-symbol': () => [
    http.get(`${API_PATH}/prices/:symbol`, ({ params }) =>
      errorResponse(404, 'not_found', `Unknown symbol: ${String(params.symbol)}`),
    ),
  ],
  /** The service refuses the range (HTTP 400). */
  'bad-range': () => [
    http.get(`${API_PATH}/prices/:symbol`, () =>
      errorResponse(400, 'bad_request', 'from is after to'),
    ),
  ],
  /** 200 with a web page: what a wrong API base URL usually gives. */
  'html-instead-of-json': () => [
    http.get(`${API_PATH}/prices/:symbol`, () =>
      html('<!doctype html><html><body>Welcome</body></html>', 200),
    ),
  ],
  /** 200 with the real answer cut off halfway. */
  truncated: () => [
    http.get(`${API_PATH}/prices/:symbol`, ({ params }) => {
      const text = JSON.stringify(realPrices(String(params.symbol)));
      return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), { status: 200 });
    }),
  ],
  /** 200 with nothing in the body. */
  'empty-body': () => [
    http.get(`${API_PATH}/prices/:symbol`, () => new HttpResponse('', { status: 200 })),
  ],
  /** A valid answer, but for another symbol (AMD's bars, whatever was asked). */
  'wrong-symbol': () => [
    http.get(`${API_PATH}/prices/:symbol`, () => HttpResponse.json(realPrices('AMD'))),
  ],
  /**
   * NVDA's real bars with the defects real feeds have: rows out of order, two dates twice, a null and
   * a string price, a high below the low, and one session left out. Every bad row must be dropped
   * and counted; no value is made up.
   */
  'messy-data': () => [
    http.get(`${API_PATH}/prices/NVDA`, () => {
      const body = realPrices('NVDA');
      const bars: unknown[] = [...body.bars].reverse().filter((bar) => bar.date !== '2025-02-04');
      const pick = (date: string) => body.bars.find((bar) => bar.date === date);
      const [a, b, c, d] = ['2025-01-06', '2025-01-13', '2025-02-11', '2025-02-12'].map(pick);
      bars.push(a, b, { ...c, close: null }, { ...d, open: '131.5' });
      const e = pick('2025-02-19');
      if (e) bars.push({ ...e, date: '2025-02-20', high: e.low, low: e.high });
      return HttpResponse.json({ ...body, bars });
    }),
  ],
  /**
   * Closes before 2 Jan 2025 as if a 10-for-1 split had not been adjusted (the adjusted close is
   * left as it is): the page must flag the jump and not draw a -90% crash. Test data only.
   */
  'unadjusted-split': () => [
    http.get(`${API_PATH}/prices/NVDA`, () => {
      const body = realPrices('NVDA');
      const scale = (value: number) => value * 10;
      const bars = body.bars.map((bar) =>
        bar.date < '2025-01-02'
          ? {
              ...bar,
              open: scale(bar.open),
              high: scale(bar.high),
              low: scale(bar.low),
              close: scale(bar.close),
            }
          : bar,
      );
      return HttpResponse.json({ ...body, bars });
    }),
  ],
  /**
   * The real events plus four broken ones: an unknown kind, an end before its start, a source whose
   * URL is a script, and one dated long before the data.
   */
  'bad-events': () => [
    http.get(`${API_PATH}/events`, () => {
      const base = storyEvents[0];
      const broken = [
        { ...base, id: 'rumour-kind', kind: 'rumour' },
        { ...base, id: 'ends-before-start', start: '2025-01-28', end: '2025-01-27' },
        {
          ...base,
          id: 'script-link',
          sources: [
            {
              title: 'A link that runs a script',
              publisher: 'Test',
              url: 'javascript:alert(1)',
              date: null,
            },
          ],
        },
        { ...base, id: 'long-before', start: '1999-01-04' },
      ];
      return HttpResponse.json({ events: [...storyEvents, ...broken] });
    }),
  ],
  /**
   * The real events plus three whose text is hostile: spreadsheet formulas (CSV injection) and
   * markup, inside the default window. The page must show them as text and export them defused.
   */
  'hostile-events': () => [
    http.get(`${API_PATH}/events`, () => {
      const base = storyEvents[0];
      const hostile = [
        {
          id: 'formula-title',
          title: '=HYPERLINK("http://evil.example","Click for details")',
          summary: "+cmd|' /C calc'!A0",
          start: '2025-01-15',
        },
        {
          id: 'at-formula',
          title: '@SUM(1+1)*cmd|"/C calc"!A0',
          summary: '-2+3',
          start: '2025-02-12',
        },
        {
          id: 'markup-title',
          title: '<img src=x onerror=alert(1)><script>alert(2)</script>',
          start: '2025-02-05',
        },
      ].map((change) => ({ ...base, ...change, end: null, quote: null }));
      return HttpResponse.json({ events: [...storyEvents, ...hostile] });
    }),
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

function html(body: string, status: number) {
  return new HttpResponse(body, { status, headers: { 'Content-Type': 'text/html' } });
}

function realPrices(symbol: string) {
  return {
    symbol,
    currency: 'USD',
    timezone: 'America/New_York',
    bars: pricesBySymbol.get(symbol) ?? [],
  };
}

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}
