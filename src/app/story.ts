import type { TradingDate } from '../domain/tradingDate';

/**
 * The story the page opens on. These are the questions asked of the data (which symbol, which day),
 * never answers: every figure shown is computed from the API's data.
 */
export const STORY = {
  symbol: 'NVDA',
  companyName: 'NVIDIA',
  /** The record one-day drop; its headline compares it with the session before and after. */
  shockDate: '2025-01-27' as TradingDate,
  /** Early January to the end of February 2025: the weeks around the shock. */
  defaultWindow: { from: '2025-01-02' as TradingDate, to: '2025-02-28' as TradingDate },
} as const;
