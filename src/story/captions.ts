import type { SessionRow } from '../domain/dailySeries';
import { toExchangeMoment } from '../domain/exchangeTime';
import {
  formatMoneyCompact,
  formatPercent,
  formatSharesCompact,
  formatT,
  formatUsd,
} from '../domain/numberFormat';
import { shockDayFigures } from '../domain/shockDay';
import { formatTradingDate, type TradingDate } from '../domain/tradingDate';
import type { CaptionInput, FilledStep, StoryStep } from './steps';

/**
 * A caption's figures: each placeholder's value, computed from the page's data and formatted as the
 * headline and the study panel format it. A value the data cannot give (no analysis yet, no share
 * count, no such event) is left out, so the caption shows a gap rather than a wrong or stale number.
 */

/** The placeholders a caption may use, with what each one means (for authors and docs/story.md). */
export const PLACEHOLDERS: readonly { name: string; meaning: string }[] = [
  { name: 'symbol', meaning: 'the subject’s symbol, "NVDA"' },
  { name: 'company', meaning: 'the subject’s name, "NVIDIA"' },
  { name: 'benchmark', meaning: 'the benchmark the abnormal return is measured against' },
  { name: 'shock.date', meaning: 'the shock session, "Mon 27 Jan 2025"' },
  { name: 'shock.close', meaning: 'its close, "$118.42"' },
  { name: 'shock.low', meaning: 'its lowest price in the session' },
  { name: 'shock.change', meaning: 'its close-to-close change, "-16.97%"' },
  { name: 'shock.fall', meaning: 'that change unsigned, "16.97%" (absent if it rose)' },
  { name: 'shock.marketValue', meaning: 'its market value at the close' },
  { name: 'shock.marketValueChange', meaning: 'its change of market value, signed' },
  {
    name: 'shock.marketValueLost',
    meaning: 'the market value lost that day, unsigned (absent if it rose)',
  },
  { name: 'shock.volume', meaning: 'shares traded that session, "819M"' },
  {
    name: 'shock.volumeRank',
    meaning: 'how its volume ranks in the data: "the heaviest session in the data", "the 3rd …"',
  },
  { name: 'before.date', meaning: 'the session before the shock' },
  { name: 'before.close', meaning: 'its close' },
  { name: 'before.marketValue', meaning: 'its market value at the close' },
  { name: 'before.belowHigh', meaning: 'how far its close stood below the highest close, "4.6%"' },
  { name: 'high.date', meaning: 'the session of the highest close before the shock' },
  { name: 'high.close', meaning: 'that highest close' },
  { name: 'rebound.date', meaning: 'the session after the shock' },
  { name: 'rebound.close', meaning: 'its close' },
  { name: 'rebound.change', meaning: 'its close-to-close change, "+8.93%"' },
  { name: 'rebound.rise', meaning: 'that change unsigned, "8.93%" (absent if it fell)' },
  { name: 'rebound.marketValueChange', meaning: 'its change of market value, signed' },
  {
    name: 'rebound.marketValueGained',
    meaning: 'the market value won back that day, unsigned (absent if it fell)',
  },
  { name: 'ar0', meaning: 'the abnormal return on the shock day against the benchmark, AR(0)' },
  { name: 'ar0.t', meaning: 'its t statistic' },
  { name: 'peer.<SYMBOL>.change', meaning: 'a compared symbol’s move on the shock day' },
  { name: 'peers.moves', meaning: 'every compared symbol’s move that day, "AVGO -17.40%, …"' },
  { name: 'event.<id>.title', meaning: 'an event’s title' },
  { name: 'event.<id>.date', meaning: 'its date on the exchange’s calendar' },
  { name: 'event.<id>.quote', meaning: 'its quote, as the source gives it' },
  { name: 'event.<id>.source', meaning: 'the title of its first source' },
  { name: 'event.<id>.publisher', meaning: 'the publisher of its first source' },
];

/** A session's date as the headline writes it: "Mon 27 Jan 2025". */
const day = (date: TradingDate) => formatTradingDate(date, { weekday: true });

const ORDINAL_SUFFIX = ['th', 'st', 'nd', 'rd'];
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (ORDINAL_SUFFIX[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "the heaviest session in the data", or "the 3rd heaviest session in the data". */
function volumeRank(rows: readonly SessionRow[], volume: number): string {
  const rank = 1 + rows.filter((row) => row.volume !== null && row.volume > volume).length;
  return `the ${rank === 1 ? '' : `${ordinal(rank)} `}heaviest session in the data`;
}

/** The highest close of the sessions before `date`. */
function highestCloseBefore(rows: readonly SessionRow[], date: TradingDate): SessionRow | null {
  let high: SessionRow | null = null;
  for (const row of rows) {
    if (row.date < date && (high === null || row.close > high.close)) high = row;
  }
  return high;
}

function shockFigures(input: CaptionInput, set: (name: string, value: string) => void): void {
  const figures = shockDayFigures(input.rows, input.shockDate);
  if (!figures) return;
  const { before, shock, after } = figures;
  set('shock.date', day(shock.date));
  set('shock.close', formatUsd(shock.close));
  set('shock.low', formatUsd(shock.low));
  set('shock.change', formatPercent(figures.changePct));
  if (figures.changePct < 0) set('shock.fall', formatPercent(-figures.changePct, 2, false));
  if (shock.marketValue !== null) set('shock.marketValue', formatMoneyCompact(shock.marketValue));
  if (figures.marketValueChange !== null) {
    set('shock.marketValueChange', formatMoneyCompact(figures.marketValueChange, true));
    if (figures.marketValueChange < 0) {
      set('shock.marketValueLost', formatMoneyCompact(-figures.marketValueChange));
    }
  }
  if (shock.volume !== null) {
    set('shock.volume', formatSharesCompact(shock.volume));
    set('shock.volumeRank', volumeRank(input.rows, shock.volume));
  }
  set('before.date', day(before.date));
  set('before.close', formatUsd(before.close));
  if (before.marketValue !== null)
    set('before.marketValue', formatMoneyCompact(before.marketValue));
  const high = highestCloseBefore(input.rows, shock.date);
  if (high) {
    set('high.date', day(high.date));
    set('high.close', formatUsd(high.close));
    set('before.belowHigh', formatPercent(1 - before.close / high.close, 1, false));
  }
  if (after && figures.reboundPct !== null) {
    set('rebound.date', day(after.date));
    set('rebound.close', formatUsd(after.close));
    set('rebound.change', formatPercent(figures.reboundPct));
    if (figures.reboundPct > 0) set('rebound.rise', formatPercent(figures.reboundPct, 2, false));
    if (figures.reboundMarketValueChange !== null) {
      set('rebound.marketValueChange', formatMoneyCompact(figures.reboundMarketValueChange, true));
      if (figures.reboundMarketValueChange > 0) {
        set('rebound.marketValueGained', formatMoneyCompact(figures.reboundMarketValueChange));
      }
    }
  }
}

function analysisFigures(input: CaptionInput, set: (name: string, value: string) => void): void {
  const { analysis } = input;
  if (!analysis) return;
  const { study } = analysis;
  // The study's day 0 follows the reader's pick of event; AR(0) is the shock's only on the shock day.
  if (study.status === 'ok' && study.day0 === input.shockDate) {
    const ar0 = study.windows.find((result) => result?.window[0] === 0 && result.window[1] === 0);
    if (ar0) {
      set('ar0', formatPercent(ar0.car));
      set('ar0.t', formatT(ar0.t));
    }
  }
  const moves: string[] = [];
  for (const peer of analysis.peers) {
    if (peer.changePct === null) continue;
    const change = formatPercent(peer.changePct);
    set(`peer.${peer.symbol}.change`, change);
    moves.push(`${peer.symbol} ${change}`);
  }
  if (moves.length > 0) set('peers.moves', moves.join(', '));
}

function eventFigures(input: CaptionInput, set: (name: string, value: string) => void): void {
  for (const event of input.events) {
    const prefix = `event.${event.id}`;
    set(`${prefix}.title`, event.title);
    const moment = toExchangeMoment(event.start);
    if (moment) set(`${prefix}.date`, day(moment.date));
    if (event.quote) set(`${prefix}.quote`, event.quote);
    const [source] = event.sources;
    if (source) {
      set(`${prefix}.source`, source.title);
      set(`${prefix}.publisher`, source.publisher);
    }
  }
}

/** Every placeholder's value the data gives, formatted as the page formats it. */
export function captionFigures(input: CaptionInput): ReadonlyMap<string, string> {
  const figures = new Map<string, string>();
  const set = (name: string, value: string) => figures.set(name, value);
  set('symbol', input.symbol);
  set('company', input.companyName);
  set('benchmark', input.benchmark);
  shockFigures(input, set);
  analysisFigures(input, set);
  eventFigures(input, set);
  return figures;
}

/** What an unfilled placeholder shows: a visible gap, never a made-up figure. */
export const GAP = '…';

const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/**
 * A step's title and caption with each `{name}` replaced by its figure. An unknown name, or one the
 * data cannot fill yet, shows as a gap and is listed in `missing`. The result is plain text: the
 * page renders it as text, so a figure (an event's title, a quote) can never become markup.
 */
export function fillStep(step: StoryStep, figures: ReadonlyMap<string, string>): FilledStep {
  const missing = new Set<string>();
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = figures.get(name);
      if (value !== undefined) return value;
      missing.add(name);
      return GAP;
    });
  return { title: fill(step.title), caption: fill(step.caption), missing: [...missing] };
}
