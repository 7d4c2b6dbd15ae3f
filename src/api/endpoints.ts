import { normalizeBars, type CleanBars } from '../domain/normalizeBars';
import type { MarketEvent } from '../domain/types';
import { valueAt } from '../domain/valueAt';
import { getJson } from './client';
import { InvalidResponseError } from './errors';
import {
  eventsEnvelopeSchema,
  marketEventSchema,
  pricesEnvelopeSchema,
  sharesResponseSchema,
  symbolsResponseSchema,
} from './schemas';

/** One function per endpoint of the contract v1. */

export function getSymbols(signal?: AbortSignal) {
  return getJson('/v1/symbols', symbolsResponseSchema, signal);
}

export interface PricesResult extends CleanBars {
  symbol: string;
  currency: string;
  timezone: string;
}

/**
 * A symbol's bars, cleaned: a bad row is dropped and counted rather than failing the whole answer,
 * but an answer for another symbol or outside the range asked for is refused.
 */
export async function getPrices(
  symbol: string,
  range: { from?: string; to?: string },
  signal?: AbortSignal,
): Promise<PricesResult> {
  const query = new URLSearchParams();
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  const body = await getJson(
    `/v1/prices/${encodeURIComponent(symbol)}${suffix}`,
    pricesEnvelopeSchema,
    signal,
  );
  if (body.symbol !== symbol) {
    throw new InvalidResponseError(
      `Asked for ${symbol}, the price service answered with ${body.symbol}`,
    );
  }
  const clean = normalizeBars(body.bars);
  const outside = clean.bars.filter(
    (bar) =>
      (range.from !== undefined && bar.date < range.from) ||
      (range.to !== undefined && bar.date > range.to),
  );
  if (outside.length > 0) {
    throw new InvalidResponseError(
      `Asked for ${range.from ?? 'the start'} to ${range.to ?? 'the end'}, got bars outside it (${outside[0]?.date ?? ''})`,
    );
  }
  return { symbol: body.symbol, currency: body.currency, timezone: body.timezone, ...clean };
}

export function getShares(symbol: string, signal?: AbortSignal) {
  return getJson(`/v1/shares/${encodeURIComponent(symbol)}`, sharesResponseSchema, signal);
}

export interface EventsResult {
  events: MarketEvent[];
  /** Events that do not match the contract, with why: skipped, never drawn. */
  rejected: { id: string; reason: string }[];
}

/** The events of a symbol; one malformed event is skipped and named, not fatal to the rest. */
export async function getEvents(symbol: string, signal?: AbortSignal): Promise<EventsResult> {
  const body = await getJson(
    `/v1/events?symbol=${encodeURIComponent(symbol)}`,
    eventsEnvelopeSchema,
    signal,
  );
  const events: MarketEvent[] = [];
  const rejected: EventsResult['rejected'] = [];
  body.events.forEach((raw, index) => {
    const parsed = marketEventSchema.safeParse(raw);
    if (parsed.success) {
      events.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : `#${index + 1}`;
    const path = issue?.path ?? [];
    // The value sent, so the reason says what was wrong with it, not only where.
    const sent = valueAt(raw, path);
    const got = sent === undefined ? '' : `, got ${JSON.stringify(sent)}`;
    rejected.push({ id, reason: `${path.join('.')}: ${issue?.message ?? 'invalid'}${got}` });
  });
  return { events, rejected };
}
