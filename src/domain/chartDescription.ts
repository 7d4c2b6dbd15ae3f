import type { SessionRow } from './dailySeries';
import type { EventStudy } from './eventStudy';
import type { PeerMove } from './impactAnalysis';
import { formatMoneyCompact, formatPercent, formatSharesCompact, formatUsd } from './numberFormat';
import { RETURN_MODELS } from './returnModels';
import { formatTradingDate, type TradingDate } from './tradingDate';

/** What a chart shows, in words: its title, a one-line caption and the longer alternative text. */
export interface ChartDescription {
  title: string;
  caption: string;
  alt: string;
}

export interface DescribedEvent {
  title: string;
  /** The session whose close first reflects it, or its own date. */
  date: TradingDate;
}

interface Common {
  companyName: string;
  symbol: string;
  /** The sessions drawn, in date order. */
  rows: readonly SessionRow[];
  /** The overlays that are switched on and inside the window. */
  events: readonly DescribedEvent[];
}

export type DescribeInput = Common &
  (
    | {
        metric: 'price';
        /** Drawn as candles or OHLC bars: the words name the largest overnight gap. */
        candles?: boolean;
        /** The volume panel is shown: the words name the heaviest session. */
        volume?: boolean;
      }
    | { metric: 'rebased'; baseDate: TradingDate; moveDate: TradingDate; series: PeerMove[] }
    | { metric: 'abnormal'; benchmark: string; study: EventStudy | null }
  );

const MAX_EVENTS_NAMED = 6;
const day = (date: TradingDate) => formatTradingDate(date, { weekday: true });
const pct = (fraction: number) => formatPercent(Math.abs(fraction), 1, false);

/** "2 Jan to 28 Feb 2025", or with both years when the span crosses one. */
export function describeSpan(from: TradingDate, to: TradingDate): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatTradingDate(from, { year: !sameYear })} to ${formatTradingDate(to)}`;
}

/** The session with the largest close-to-close move, ties going to the earlier one. */
function largestMove(rows: readonly SessionRow[]): SessionRow | null {
  let largest: SessionRow | null = null;
  for (const row of rows) {
    if (row.changePct === null) continue;
    if (!largest || Math.abs(row.changePct) > Math.abs(largest.changePct ?? 0)) largest = row;
  }
  return largest;
}

function extremeClose(rows: readonly SessionRow[], pick: 'high' | 'low'): SessionRow | null {
  let best: SessionRow | null = null;
  for (const row of rows) {
    if (!best || (pick === 'high' ? row.close > best.close : row.close < best.close)) best = row;
  }
  return best;
}

/** The session that opened furthest from the close before it, ties going to the earlier one. */
function largestGap(rows: readonly SessionRow[]): SessionRow | null {
  let largest: SessionRow | null = null;
  let size = 0;
  for (const row of rows) {
    if (row.previousClose === null) continue;
    const gap = Math.abs(row.open / row.previousClose - 1);
    if (gap > size) [largest, size] = [row, gap];
  }
  return largest;
}

function gapSentence(rows: readonly SessionRow[]): string {
  const gap = largestGap(rows);
  if (!gap || gap.previousClose === null) return '';
  return `The largest overnight gap: ${day(gap.date)} opened at ${formatUsd(gap.open)} after a close of ${formatUsd(gap.previousClose)} (${formatPercent(gap.open / gap.previousClose - 1, 1)}), and traded between ${formatUsd(gap.low)} and ${formatUsd(gap.high)}.`;
}

function volumeSentence(rows: readonly SessionRow[]): string {
  let heaviest: SessionRow | null = null;
  for (const row of rows)
    if (row.volume !== null && (heaviest?.volume == null || row.volume > heaviest.volume))
      heaviest = row;
  if (heaviest?.volume == null) return '';
  return `Heaviest volume: ${formatSharesCompact(heaviest.volume)} shares on ${day(heaviest.date)}.`;
}

function eventsSentence(events: readonly DescribedEvent[]): string {
  if (events.length === 0) return 'No event is marked.';
  const named = events
    .slice(0, MAX_EVENTS_NAMED)
    .map((event) => `${event.title} (${formatTradingDate(event.date, { year: false })})`);
  const more = events.length - named.length;
  const count = events.length === 1 ? '1 event is' : `${String(events.length)} events are`;
  return `${count} marked: ${named.join('; ')}${more > 0 ? `; and ${String(more)} more` : ''}.`;
}

function describePrice(input: Common & { candles?: boolean; volume?: boolean }): ChartDescription {
  const { companyName, rows, events } = input;
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) {
    const title = `${companyName}'s share price and market value`;
    return { title, caption: 'No trading session in this window.', alt: `${title}: no data.` };
  }
  const span = describeSpan(first.date, last.date);
  const title = `${companyName}'s share price and market value, ${span}`;
  const move = largestMove(rows);
  let moveText = `Daily closes from ${formatUsd(first.close)} to ${formatUsd(last.close)}`;
  if (move?.changePct != null && move.previousClose !== null) {
    const verb = move.changePct < 0 ? 'fell' : 'rose';
    moveText = `It ${verb} ${pct(move.changePct)} on ${day(move.date)}, from ${formatUsd(move.previousClose)} to ${formatUsd(move.close)}`;
    if (move.marketValueChange !== null) {
      moveText += `, ${move.marketValueChange < 0 ? 'taking' : 'adding'} ${formatMoneyCompact(Math.abs(move.marketValueChange))} ${move.marketValueChange < 0 ? 'off' : 'to'} its market value`;
    }
  }
  const caption = `${moveText}.`;
  const high = extremeClose(rows, 'high');
  const low = extremeClose(rows, 'low');
  const whole = last.close / first.close - 1;
  const alt = [
    `${companyName}'s share price (${input.symbol}), daily closes, ${span}.`,
    move?.changePct != null ? `${moveText}, the largest one-day move in the window.` : caption,
    `Over the window it went from ${formatUsd(first.close)} to ${formatUsd(last.close)} (${formatPercent(whole, 1)}).`,
    high && low
      ? `Highest close ${formatUsd(high.close)} on ${day(high.date)}; lowest ${formatUsd(low.close)} on ${day(low.date)}.`
      : '',
    input.candles ? gapSentence(rows) : '',
    input.volume ? volumeSentence(rows) : '',
    last.marketValue !== null
      ? `Market value at the last close: ${formatMoneyCompact(last.marketValue)}.`
      : '',
    eventsSentence(events),
  ];
  return { title, caption, alt: alt.filter((part) => part !== '').join(' ') };
}

function describeRebased(
  input: Common & { baseDate: TradingDate; moveDate: TradingDate; series: PeerMove[] },
): ChartDescription {
  const { rows, events, series, baseDate, moveDate } = input;
  const drawn = series.filter((item) => item.rebased !== null);
  const first = rows[0];
  const last = rows.at(-1);
  const span = first && last ? `, ${describeSpan(first.date, last.date)}` : '';
  const title = `${drawn.map((item) => item.symbol).join(', ')} rebased to 100 on ${formatTradingDate(baseDate)}${span}`;
  const moves = drawn
    .filter((item) => item.changePct !== null)
    .map((item) => `${item.symbol} ${formatPercent(item.changePct ?? 0, 1)}`);
  const caption =
    moves.length > 0
      ? `Close-to-close moves on ${day(moveDate)}: ${moves.join(', ')}.`
      : `No close on ${day(moveDate)} for these symbols.`;
  const ends = drawn.flatMap((item) => {
    const end = item.rebased?.filter((point) => !last || point.date <= last.date).at(-1);
    return end ? [`${item.symbol} ${end.value.toFixed(1)}`] : [];
  });
  const alt = [
    `Closes rebased to 100 on ${formatTradingDate(baseDate)}${span}.`,
    caption,
    ends.length > 0 ? `At the end of the window: ${ends.join(', ')}.` : '',
    eventsSentence(events),
  ];
  return { title, caption, alt: alt.filter((part) => part !== '').join(' ') };
}

function describeAbnormal(
  input: Common & { benchmark: string; study: EventStudy | null },
): ChartDescription {
  const { symbol, benchmark, study, events } = input;
  if (!study) {
    const title = `Abnormal return of ${symbol} against ${benchmark}`;
    return { title, caption: 'No event study for this choice.', alt: `${title}: not computed.` };
  }
  const title = `Abnormal return of ${symbol} against ${benchmark}, day 0 ${day(study.day0)}`;
  const dayZero = study.abnormal.find((point) => point.day === 0);
  const around = study.windows.find((result) => result?.window[0] === -1 && result.window[1] === 1);
  const model = RETURN_MODELS[study.model].inWords;
  const caption = dayZero
    ? `Abnormal return on day 0: ${formatPercent(dayZero.value, 2)}${around ? `; CAR[-1,+1] ${formatPercent(around.car, 2)}` : ''}.`
    : 'No abnormal return on day 0.';
  const alt = [
    `Daily abnormal returns of ${symbol} against ${benchmark} (${model}, estimated over ${String(study.estimation.sessions)} sessions from ${formatTradingDate(study.estimation.from)} to ${formatTradingDate(study.estimation.to)}), with their running sum from day -10.`,
    caption,
    eventsSentence(events),
  ];
  return { title, caption, alt: alt.join(' ') };
}

/** Words for the chart on screen, computed from the same rows it draws. */
export function describeChart(input: DescribeInput): ChartDescription {
  switch (input.metric) {
    case 'price':
      return describePrice(input);
    case 'rebased':
      return describeRebased(input);
    case 'abnormal':
      return describeAbnormal(input);
  }
}
