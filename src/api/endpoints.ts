import { getJson } from './client';
import {
  eventsResponseSchema,
  pricesResponseSchema,
  sharesResponseSchema,
  symbolsResponseSchema,
} from './schemas';

/** One function per endpoint of the contract v1. */

export function getSymbols(signal?: AbortSignal) {
  return getJson('/v1/symbols', symbolsResponseSchema, signal);
}

export function getPrices(
  symbol: string,
  range: { from?: string; to?: string },
  signal?: AbortSignal,
) {
  const query = new URLSearchParams();
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return getJson(`/v1/prices/${encodeURIComponent(symbol)}${suffix}`, pricesResponseSchema, signal);
}

export function getShares(symbol: string, signal?: AbortSignal) {
  return getJson(`/v1/shares/${encodeURIComponent(symbol)}`, sharesResponseSchema, signal);
}

export function getEvents(symbol: string, signal?: AbortSignal) {
  return getJson(`/v1/events?symbol=${encodeURIComponent(symbol)}`, eventsResponseSchema, signal);
}
