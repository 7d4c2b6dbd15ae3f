import { missingSessions } from './usMarketCalendar';
import { isTradingDate, type TradingDate } from './tradingDate';
import type { PriceBar } from './types';

/** One kind of defect found in a payload, how often, and on which dates where there are any. */
export interface DataIssue {
  kind:
    | 'not-a-bar'
    | 'bad-date'
    | 'bad-price'
    | 'high-below-low'
    | 'duplicate-date'
    | 'out-of-order'
    | 'bad-adjusted-close'
    | 'bad-volume'
    | 'missing-sessions'
    | 'suspected-split';
  count: number;
  dates: TradingDate[];
}

export interface CleanBars {
  /** Ascending, one bar per date, every price finite and positive, high >= low. */
  bars: PriceBar[];
  /** Rows dropped (bad-*, not-a-bar, high-below-low, duplicate-date) and repairs or flags (the rest). */
  issues: DataIssue[];
  /** Sessions whose close-to-close move from the one before is not believable: a split not adjusted. */
  breaks: ReadonlySet<TradingDate>;
}

const DROPPED: ReadonlySet<DataIssue['kind']> = new Set([
  'not-a-bar',
  'bad-date',
  'bad-price',
  'high-below-low',
  'duplicate-date',
]);

export function isDroppedRow(issue: DataIssue): boolean {
  return DROPPED.has(issue.kind);
}

/** A move this large in one session, while the adjusted close barely moves, is a split, not news. */
const SPLIT_MOVE = 0.35;

const EARLIEST = '1900-01-01';
const LATEST = '2199-12-31';

const isPrice = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * Turns the bars of a payload into a clean series, or says, counted, why rows were dropped or
 * repaired: the edge where messy real data stops. It never throws and never invents a value.
 */
export function normalizeBars(rows: readonly unknown[]): CleanBars {
  const issues = new Map<DataIssue['kind'], DataIssue>();
  const note = (kind: DataIssue['kind'], date?: string) => {
    const issue = issues.get(kind) ?? { kind, count: 0, dates: [] };
    issue.count += 1;
    if (
      date !== undefined &&
      isTradingDate(date) &&
      issue.dates.length < 5 &&
      !issue.dates.includes(date)
    ) {
      issue.dates.push(date);
    }
    issues.set(kind, issue);
  };

  const byDate = new Map<TradingDate, PriceBar>();
  let previousDate = '';
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      note('not-a-bar');
      continue;
    }
    const record = row as Record<string, unknown>;
    const date = record.date;
    // Dates far outside market history are placeholders ("0001-01-01" for no date), not sessions.
    if (typeof date !== 'string' || !isTradingDate(date) || date < EARLIEST || date > LATEST) {
      note('bad-date');
      continue;
    }
    const { open, high, low, close } = record;
    if (!isPrice(open) || !isPrice(high) || !isPrice(low) || !isPrice(close)) {
      note('bad-price', date);
      continue;
    }
    if (high < low) {
      note('high-below-low', date);
      continue;
    }
    let adjClose: number | null = null;
    if (record.adjClose !== null && record.adjClose !== undefined) {
      if (isPrice(record.adjClose)) adjClose = record.adjClose;
      else note('bad-adjusted-close', date);
    }
    let volume: number | null = null;
    if (record.volume !== null && record.volume !== undefined) {
      const value = record.volume;
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) volume = value;
      else note('bad-volume', date);
    }
    if (date < previousDate) note('out-of-order', date);
    previousDate = date > previousDate ? date : previousDate;
    if (byDate.has(date)) note('duplicate-date', date);
    // The later row for a date wins: a revised bar arrives after the first one.
    byDate.set(date, { date, open, high, low, close, adjClose, volume });
  }

  const bars = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const breaks = new Set<TradingDate>();
  for (let index = 1; index < bars.length; index++) {
    const before = bars[index - 1];
    const after = bars[index];
    if (!before || !after) continue;
    const move = after.close / before.close - 1;
    if (Math.abs(Math.log(1 + move)) < Math.log(1 + SPLIT_MOVE)) continue;
    // With adjusted closes on both sides, a split shows as a raw move the adjusted series lacks.
    const adjustedMove =
      before.adjClose !== null && after.adjClose !== null
        ? after.adjClose / before.adjClose - 1
        : null;
    if (adjustedMove !== null && Math.abs(adjustedMove) < Math.abs(move) / 2) {
      breaks.add(after.date);
      note('suspected-split', after.date);
    }
  }
  const missing = missingSessions(bars.map((bar) => bar.date));
  for (const date of missing) note('missing-sessions', date);
  return { bars, issues: [...issues.values()], breaks };
}

const DESCRIPTIONS: Record<DataIssue['kind'], (count: number) => string> = {
  'not-a-bar': (n) => `${n} ${n === 1 ? 'row is' : 'rows are'} not a price bar`,
  'bad-date': (n) => `${n} without a valid date`,
  'bad-price': (n) => `${n} with a price that is not a positive number`,
  'high-below-low': (n) => `${n} with a high below the low`,
  'duplicate-date': (n) => `${n} ${n === 1 ? 'date' : 'dates'} given twice (the later row kept)`,
  'out-of-order': (n) => `${n} out of date order (sorted)`,
  'bad-adjusted-close': (n) => `${n} with an unreadable adjusted close (the close used)`,
  'bad-volume': (n) => `${n} with an unreadable volume (shown as not reported)`,
  'missing-sessions': (n) => `${n} trading ${n === 1 ? 'day' : 'days'} with no bar (not filled in)`,
  'suspected-split': (n) =>
    `${n} ${n === 1 ? 'move' : 'moves'} the adjusted close does not have, likely an unadjusted split (the line is broken there)`,
};

/** "1 with a price that is not a positive number (27 Jan 2025)". */
export function describeIssue(issue: DataIssue, formatDate: (date: TradingDate) => string): string {
  const more = issue.count > issue.dates.length ? ', …' : '';
  const dates = issue.dates.length > 0 ? ` (${issue.dates.map(formatDate).join(', ')}${more})` : '';
  return `${DESCRIPTIONS[issue.kind](issue.count)}${dates}`;
}
