import * as z from 'zod/mini';
import { isTradingDate } from '../domain/tradingDate';
import { EVENT_KINDS } from '../domain/types';

/** The price-data API contract v1, as zod schemas: what a response must look like to be used. */

const tradingDate = z.string().check(z.refine(isTradingDate, 'expected a YYYY-MM-DD date'));
const finite = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));
const positive = finite.check(z.positive());

export const symbolInfoSchema = z.object({
  symbol: z.string(),
  name: z.string(),
  kind: z.enum(['stock', 'etf', 'index']),
  currency: z.string(),
  exchange: z.string(),
  timezone: z.string(),
  firstDate: tradingDate,
  lastDate: tradingDate,
});
export const symbolsResponseSchema = z.object({ symbols: z.array(symbolInfoSchema) });

export const priceBarSchema = z.object({
  date: tradingDate,
  open: positive,
  high: positive,
  low: positive,
  close: positive,
  adjClose: z.nullable(positive),
  volume: z.nullable(finite.check(z.nonnegative())),
});
export const pricesResponseSchema = z.object({
  symbol: z.string(),
  currency: z.string(),
  timezone: z.string(),
  bars: z.array(priceBarSchema),
});

/** The prices envelope, with bars left unchecked: `normalizeBars` sorts out bad rows one by one. */
export const pricesEnvelopeSchema = z.object({
  symbol: z.string(),
  currency: z.string(),
  timezone: z.string(),
  bars: z.array(z.unknown()),
});

export const sharesResponseSchema = z.object({
  symbol: z.string(),
  points: z.array(z.object({ asOf: tradingDate, shares: positive, source: z.string() })),
});

const eventSourceSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  url: z.nullable(z.string()),
  date: z.nullable(tradingDate),
});
export const marketEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  start: z.string(),
  end: z.nullable(z.string()),
  summary: z.string(),
  quote: z.nullable(z.string()),
  sources: z.array(eventSourceSchema),
  shortLabel: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  priority: z.optional(z.number().check(z.refine(Number.isInteger, 'expected a whole number'))),
});
export const eventsResponseSchema = z.object({ events: z.array(marketEventSchema) });

/** The events envelope, with events left unchecked: each is validated on its own. */
export const eventsEnvelopeSchema = z.object({ events: z.array(z.unknown()) });

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export type SymbolInfo = z.infer<typeof symbolInfoSchema>;
export type PricesResponse = z.infer<typeof pricesResponseSchema>;
export type SharesResponse = z.infer<typeof sharesResponseSchema>;
export type EventsResponse = z.infer<typeof eventsResponseSchema>;
