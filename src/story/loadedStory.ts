import { formatTradingDate, type TradingDate } from '../domain/tradingDate';
import type { PriceBar } from '../domain/types';
import { NO_STEPS, type Story } from './story';

/**
 * The story a reader's own prices make. The questions stay the story's where the data can answer
 * them, and move where it cannot:
 * - the shock day stays the story's when the loaded series has it and a session before it (the
 *   same news, another symbol); otherwise it is the series' largest one-day fall, close to close;
 * - the window stays the story's when the shock day stayed, else it runs 15 sessions before the
 *   shock day to 25 after (within the data);
 * - the steps stay the story's when the shock day stayed (their captions are filled from the new
 *   data); a story about another day has none, since their words are about that day;
 * - a loaded benchmark joins the story's benchmarks and becomes the default one.
 */

export interface LoadedSeries {
  symbol: string;
  /** The name the reader gave, or the symbol. */
  name: string;
  /** The file or address it came from, for the source line. */
  from: string;
  bars: readonly PriceBar[];
}

const SESSIONS_BEFORE = 15;
const SESSIONS_AFTER = 25;

/** The session with the largest close-to-close fall, or null with fewer than two sessions. */
export function largestFall(bars: readonly PriceBar[]): TradingDate | null {
  let worst: { date: TradingDate; change: number } | null = null;
  for (let index = 1; index < bars.length; index++) {
    const before = bars[index - 1];
    const bar = bars[index];
    if (!before || !bar) continue;
    const change = bar.close / before.close - 1;
    if (worst === null || change < worst.change) worst = { date: bar.date, change };
  }
  return worst?.date ?? null;
}

function subjectStory(base: Story, subject: LoadedSeries): Story {
  const { bars } = subject;
  const at = bars.findIndex((bar) => bar.date === base.shockDate);
  const keeps = at >= 1;
  const shockDate = keeps ? base.shockDate : (largestFall(bars) ?? base.shockDate);
  const index = bars.findIndex((bar) => bar.date === shockDate);
  const first = bars[0]?.date ?? shockDate;
  const last = bars.at(-1)?.date ?? shockDate;
  const defaultWindow = keeps
    ? {
        from: base.defaultWindow.from < first ? first : base.defaultWindow.from,
        to: base.defaultWindow.to > last ? last : base.defaultWindow.to,
      }
    : {
        from: bars[Math.max(0, index - SESSIONS_BEFORE)]?.date ?? first,
        to: bars[Math.min(bars.length - 1, index + SESSIONS_AFTER)]?.date ?? last,
      };
  const others = (symbols: readonly string[]) => symbols.filter((s) => s !== subject.symbol);
  return {
    ...base,
    id: `yours-${subject.symbol.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    symbol: subject.symbol,
    companyName: subject.name,
    heading: `${subject.name}: your prices around ${formatTradingDate(shockDate)}`,
    shockDate,
    defaultWindow,
    defaultRebaseDate: bars[index - 1]?.date ?? shockDate,
    benchmarks: others(base.benchmarks),
    defaultBenchmark:
      base.defaultBenchmark === subject.symbol
        ? (others(base.benchmarks)[0] ?? base.defaultBenchmark)
        : base.defaultBenchmark,
    peers: others(base.peers),
    defaultPeers: others(base.defaultPeers),
    sourceLine: `Prices of ${subject.symbol}: ${subject.from}, loaded by the reader. ${base.sourceLine}`,
    shortSourceLine: `Prices of ${subject.symbol}: the reader's file. ${base.shortSourceLine}`,
    loadSteps: keeps ? base.loadSteps : NO_STEPS,
  };
}

/** The story told with a loaded subject and/or benchmark, from the default story. */
export function storyWithLoadedData(
  base: Story,
  loaded: { subject: LoadedSeries | null; benchmark: LoadedSeries | null },
): Story {
  let story = loaded.subject ? subjectStory(base, loaded.subject) : { ...base };
  const benchmark = loaded.benchmark;
  if (benchmark && benchmark.symbol !== story.symbol) {
    story = {
      ...story,
      benchmarks: [benchmark.symbol, ...story.benchmarks.filter((s) => s !== benchmark.symbol)],
      defaultBenchmark: benchmark.symbol,
      sourceLine: `${story.sourceLine} Benchmark ${benchmark.symbol}: ${benchmark.from}, loaded by the reader.`,
    };
  }
  return story;
}
