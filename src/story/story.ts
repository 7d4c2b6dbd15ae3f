import type { TradingDate } from '../domain/tradingDate';
import deepseek from './deepseek.json';

/**
 * A story the page tells: the questions asked of the data (which symbol, which day, against what),
 * never answers. Every figure shown is computed from the API's data; the story file holds only
 * choices and words. Its event labels and their priorities travel with the events (contract v1's
 * optional `shortLabel` and `priority`), and its symbols get their colours by rule (symbolColors).
 */
export interface Story {
  /** Names the story where one page may hold several (an embed's frame id). */
  id: string;
  symbol: string;
  companyName: string;
  /** The page's heading. */
  heading: string;
  /** Day 0 of the main event study, the day of the headline figures and of the peers table. */
  shockDate: TradingDate;
  /** The window the page opens on. */
  defaultWindow: { from: TradingDate; to: TradingDate };
  /** Peers are rebased to 100 on this close (the last before the shock) unless the reader picks. */
  defaultRebaseDate: TradingDate;
  /** What a return can be measured against. */
  benchmarks: readonly string[];
  defaultBenchmark: string;
  /** Symbols the subject can be compared with, rebased. */
  peers: readonly string[];
  defaultPeers: readonly string[];
  /** The source line every exported or embedded chart carries. */
  sourceLine: string;
  /** The source line of a small embed, where the full one would take the chart's room. */
  shortSourceLine: string;
}

/** The story the page opens on: NVIDIA around the DeepSeek sell-off of 27 January 2025. */
export const STORY: Story = deepseek;

/** Every symbol the story draws beside the subject, in the order their colours are given. */
export const STORY_SYMBOLS: readonly string[] = [...new Set([...STORY.peers, ...STORY.benchmarks])];
