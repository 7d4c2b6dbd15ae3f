import { http, HttpResponse } from 'msw';
import { isTradingDate } from '../src/domain/tradingDate';
import { pricesBySymbol, sharesBySymbol, storyEvents, symbols } from './dataset';

/** The API contract v1 over the bundled data; `*` lets the same handlers serve any origin and sub-path. */
export const API_PATH = '*/api/v1';

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers?: HeadersInit,
) {
  return HttpResponse.json({ error: { code, message } }, { status, headers });
}

const unknownSymbol = (symbol: string) =>
  errorResponse(404, 'not_found', `Unknown symbol: ${symbol}`);

export const handlers = [
  http.get(`${API_PATH}/symbols`, () => HttpResponse.json({ symbols })),

  http.get(`${API_PATH}/prices/:symbol`, ({ params, request }) => {
    const symbol = String(params.symbol);
    const bars = pricesBySymbol.get(symbol);
    if (!bars) return unknownSymbol(symbol);
    const query = new URL(request.url).searchParams;
    const from = query.get('from');
    const to = query.get('to');
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== null && !isTradingDate(value)) {
        return errorResponse(
          400,
          'bad_request',
          `${name} must be a YYYY-MM-DD date, got "${value}"`,
        );
      }
    }
    if (from !== null && to !== null && from > to) {
      return errorResponse(400, 'bad_request', `from (${from}) is after to (${to})`);
    }
    return HttpResponse.json({
      symbol,
      currency: 'USD',
      timezone: 'America/New_York',
      bars: bars.filter((bar) => (!from || bar.date >= from) && (!to || bar.date <= to)),
    });
  }),

  http.get(`${API_PATH}/shares/:symbol`, ({ params }) => {
    const symbol = String(params.symbol);
    if (!pricesBySymbol.has(symbol)) return unknownSymbol(symbol);
    const points = sharesBySymbol.get(symbol);
    if (!points) return errorResponse(404, 'not_found', `No share count is known for ${symbol}`);
    return HttpResponse.json({ symbol, points });
  }),

  http.get(`${API_PATH}/events`, ({ request }) => {
    const symbol = new URL(request.url).searchParams.get('symbol');
    if (symbol === null) return errorResponse(400, 'bad_request', 'symbol is required');
    if (!pricesBySymbol.has(symbol)) return unknownSymbol(symbol);
    // The bundled timeline is NVIDIA's story; other symbols have no events of their own.
    return HttpResponse.json({ events: symbol === 'NVDA' ? storyEvents : [] });
  }),
];
