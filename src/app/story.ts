import type { TradingDate } from '../domain/tradingDate';

/**
 * The story the page opens on. These are the questions asked of the data (which symbol, which day,
 * against what), never answers: every figure shown is computed from the API's data.
 */
export const STORY = {
  symbol: 'NVDA',
  companyName: 'NVIDIA',
  /** The record one-day drop: day 0 of the main event study, the day of the headline and peers table. */
  shockDate: '2025-01-27' as TradingDate,
  /** Early January to the end of February 2025: the weeks around the shock. */
  defaultWindow: { from: '2025-01-02' as TradingDate, to: '2025-02-28' as TradingDate },
  /** Peers are rebased to 100 on the last close before the shock. */
  defaultRebaseDate: '2025-01-24' as TradingDate,
  /** Benchmarks of the dataset a return can be measured against; the Nasdaq-100 ETF first. */
  benchmarks: ['QQQ', 'SPY', 'SMH', 'SOXX', 'IXIC', 'SPX', 'SOX'],
  /** Symbols NVIDIA can be compared with, rebased. */
  peers: [
    'AVGO',
    'TSM',
    'ASML',
    'AMD',
    'MSFT',
    'META',
    'GOOGL',
    'VST',
    'CEG',
    'QQQ',
    'SPY',
    'SMH',
    'SOXX',
  ],
  defaultPeers: ['AVGO', 'TSM', 'VST', 'QQQ'],
  /** The source line every exported or embedded chart carries. */
  sourceLine:
    'Prices: Nasdaq, Yahoo Finance; shares: NVIDIA 10-Q/10-K; events: see sources. Market value = close × shares outstanding as of that day.',
  /** The source line of a small embed, where the full one would take the chart's room. */
  shortSourceLine: 'Sources: Nasdaq, Yahoo Finance; NVIDIA 10-Q/10-K.',
} as const;

export type Benchmark = (typeof STORY.benchmarks)[number];
export type PeerSymbol = (typeof STORY.peers)[number];
