import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeChart,
  describeSpan,
  type DescribedEvent,
  type DescribeInput,
} from '../../src/domain/chartDescription';
import { buildSessionRows, rowsInWindow, type SessionRow } from '../../src/domain/dailySeries';
import { isEventInWindow, placeEvents } from '../../src/domain/eventPlacement';
import { eventStudy, type EventStudy, type NoEventStudy } from '../../src/domain/eventStudy';
import type { PeerMove } from '../../src/domain/impactAnalysis';
import { dailyReturns, pairReturns } from '../../src/domain/returns';
import type { PriceBar } from '../../src/domain/types';
import { bar, only, utcDay } from '../support/builders';
import * as fixtures from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Independent helpers: dates, money and percentages written out by hand
// ---------------------------------------------------------------------------------------------

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const WEEKDAYS = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');

/** "27 Jan 2025", "Mon 27 Jan 2025" or "27 Jan", from the digits of the date. */
function dateWords(date: string, { weekday = false, year = true } = {}): string {
  const [y, m, d] = date.split('-').map(Number);
  const words = [String(d), MONTHS[(m ?? 0) - 1] ?? '?'];
  if (year) words.push(String(y));
  // 1 Jan 1970 (day 0) was a Thursday.
  if (weekday) words.unshift(WEEKDAYS[(((utcDay(date) + 4) % 7) + 7) % 7] ?? '?');
  return words.join(' ');
}

/** "$142.62" for the prices here (all below $1,000). */
const dollars = (value: number) => {
  expect(Math.abs(value)).toBeLessThan(1000);
  return `$${value.toFixed(2)}`;
};

/** "$594.2B" or "$3.05T". */
const compactMoney = (value: number) =>
  Math.abs(value) >= 0.995e12
    ? `$${(Math.abs(value) / 1e12).toFixed(2)}T`
    : `$${(Math.abs(value) / 1e9).toFixed(1)}B`;

/** "-9.7%", "+8.9%", and "0.0%" with no sign when it rounds to zero. */
function percentText(fraction: number, digits: number): string {
  const text = Math.abs(fraction * 100).toFixed(digits);
  if (Number(text) === 0) return `${text}%`;
  return `${fraction < 0 ? '-' : '+'}${text}%`;
}

/** The size of a move with no sign, for "fell 17.0%": the verb carries the direction. */
const magnitude = (fraction: number, digits: number) =>
  `${Math.abs(fraction * 100).toFixed(digits)}%`;

/** What the test expects of a window, computed straight from the CSV and the share counts. */
function expectedWindow(from: string, to: string) {
  const bars = fixtures.bars('NVDA');
  const points = fixtures.nvdaSharePoints();
  const sharesOn = (date: string) =>
    points
      .filter((point) => point.asOf <= date)
      .sort((a, b) => (a.asOf < b.asOf ? -1 : 1))
      .at(-1)?.shares ?? null;
  const inside = bars
    .map((bar, index) => ({ bar, before: bars[index - 1] }))
    .filter(({ bar }) => bar.date >= from && bar.date <= to);
  let largest: { date: string; from: number; to: number; change: number; value: number } | null =
    null;
  for (const { bar, before } of inside) {
    if (!before) continue;
    const change = bar.close / before.close - 1;
    if (largest === null || Math.abs(change) > Math.abs(largest.change)) {
      const today = sharesOn(bar.date);
      const yesterday = sharesOn(before.date);
      largest = {
        date: bar.date,
        from: before.close,
        to: bar.close,
        change,
        value:
          today === null || yesterday === null
            ? Number.NaN
            : bar.close * today - before.close * yesterday,
      };
    }
  }
  const closes = inside.map(({ bar }) => bar);
  const high = closes.reduce((best, bar) => (bar.close > best.close ? bar : best));
  const low = closes.reduce((best, bar) => (bar.close < best.close ? bar : best));
  const first = closes[0];
  const last = closes.at(-1);
  if (!first || !last || !largest) throw new Error(`no data from ${from} to ${to}`);
  return { largest, high, low, first, last, lastShares: sharesOn(last.date) };
}

const allRows = buildSessionRows(fixtures.bars('NVDA'), fixtures.nvdaSharePoints());
/** The rows on screen, as the app builds them: over the whole history, then the window. */
const rowsBetween = (from: string, to: string) => rowsInWindow(allRows, from, to);

const price = (rows: readonly SessionRow[], events: readonly DescribedEvent[] = []) =>
  describeChart({ companyName: 'NVIDIA', symbol: 'NVDA', rows, events, metric: 'price' });

/** The story's events shown in a window, as the app describes them. */
function storyEventsIn(from: string, to: string): DescribedEvent[] {
  const { placed } = placeEvents(fixtures.storyEvents(), fixtures.nvdaSessions());
  return placed
    .filter((event) => isEventInWindow(event, utcDay(from), utcDay(to)))
    .map((event) => ({
      title: event.event.title,
      date: event.sessionOfEffect ?? event.start.date,
    }));
}

const namedEvent = (event: DescribedEvent) =>
  `${event.title} (${dateWords(event.date, { year: false })})`;

const someEvents = (count: number): DescribedEvent[] =>
  Array.from({ length: count }, (_, index) => ({
    title: `Event ${String(index + 1)}`,
    date: `2025-02-${String(index + 1).padStart(2, '0')}`,
  }));

// ---------------------------------------------------------------------------------------------
// describeSpan
// ---------------------------------------------------------------------------------------------

describe('the span of a chart in words', () => {
  it('names the year once when both ends share it', () => {
    expect(describeSpan('2025-01-02', '2025-02-28')).toBe('2 Jan to 28 Feb 2025');
    expect(describeSpan('2025-01-27', '2025-01-27')).toBe('27 Jan to 27 Jan 2025');
  });

  it('names both years across a year boundary', () => {
    expect(describeSpan('2024-12-30', '2025-01-03')).toBe('30 Dec 2024 to 3 Jan 2025');
    expect(describeSpan('2024-07-15', '2025-05-30')).toBe('15 Jul 2024 to 30 May 2025');
  });

  it('names a year for each end exactly when the years differ, for any two dates', () => {
    const date = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)) })
      .filter((value) => !Number.isNaN(value.getTime()))
      .map((value) => value.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (from, to) => {
        const text = describeSpan(from, to);
        const years = text.match(/\b\d{4}\b/g) ?? [];
        const sameYear = from.slice(0, 4) === to.slice(0, 4);
        expect(years).toEqual(sameYear ? [to.slice(0, 4)] : [from.slice(0, 4), to.slice(0, 4)]);
        expect(text).toBe(`${dateWords(from, { year: !sameYear })} to ${dateWords(to)}`);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The price chart
// ---------------------------------------------------------------------------------------------

describe('the words of the price chart, 2 Jan to 28 Feb 2025', () => {
  const rows = rowsBetween('2025-01-02', '2025-02-28');
  const expected = expectedWindow('2025-01-02', '2025-02-28');
  const events = storyEventsIn('2025-01-02', '2025-02-28');
  const { title, caption, alt } = price(rows, events);

  it('finds the shock day as the largest move, from the CSV', () => {
    // A check of the independent computation itself, so the expectations below mean something.
    expect(expected.largest.date).toBe('2025-01-27');
    expect(expected.largest.from).toBe(142.62);
    expect(expected.largest.to).toBe(118.42);
  });

  it('titles the chart with the company and the window', () => {
    expect(title).toBe("NVIDIA's share price and market value, 2 Jan to 28 Feb 2025");
  });

  it('captions the fall of Monday 27 January and the market value it took', () => {
    expect(caption.startsWith('It fell 17.0% on Mon 27 Jan 2025, from $142.62 to $118.42')).toBe(
      true,
    );
    const { largest } = expected;
    expect(caption).toBe(
      `It fell ${magnitude(largest.change, 1)} on ${dateWords(largest.date, { weekday: true })}, ` +
        `from ${dollars(largest.from)} to ${dollars(largest.to)}, ` +
        `taking ${compactMoney(largest.value)} off its market value.`,
    );
    expect(caption).toContain('taking $594.2B off its market value');
  });

  it('names, in the alt text, the window, the largest move, the closes and the value', () => {
    const { largest, high, low, first, last, lastShares } = expected;
    expect(
      alt.startsWith("NVIDIA's share price (NVDA), daily closes, 2 Jan to 28 Feb 2025. "),
    ).toBe(true);
    expect(alt).toContain(`${caption.slice(0, -1)}, the largest one-day move in the window. `);
    expect(alt).toContain(
      `Over the window it went from ${dollars(first.close)} to ${dollars(last.close)} (${percentText(last.close / first.close - 1, 1)}).`,
    );
    expect(alt).toContain(
      `Highest close ${dollars(high.close)} on ${dateWords(high.date, { weekday: true })}; ` +
        `lowest ${dollars(low.close)} on ${dateWords(low.date, { weekday: true })}.`,
    );
    expect(lastShares).not.toBeNull();
    expect(alt).toContain(
      `Market value at the last close: ${compactMoney(last.close * (lastShares ?? Number.NaN))}.`,
    );
    expect(largest.date).toBe('2025-01-27');
  });

  it('names the first six events shown, then how many more', () => {
    expect(events.length).toBeGreaterThan(6);
    const sentence =
      `${String(events.length)} events are marked: ` +
      `${events.slice(0, 6).map(namedEvent).join('; ')}; and ${String(events.length - 6)} more.`;
    expect(alt.endsWith(` ${sentence}`)).toBe(true);
    // The seventh is left to the count.
    expect(alt).not.toContain(events[6]?.title ?? 'no seventh event');
  });

  it('keeps its parts in order', () => {
    const order = [
      "NVIDIA's share price (NVDA)",
      'It fell 17.0%',
      'Over the window',
      'Highest close',
      'Market value at the last close',
      'events are marked',
    ].map((part) => alt.indexOf(part));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('the words of candles and volume', () => {
  const rows = rowsBetween('2025-01-02', '2025-02-28');
  const words = (drawn: { candles?: boolean; volume?: boolean }) =>
    describeChart({
      companyName: 'NVIDIA',
      symbol: 'NVDA',
      rows,
      events: [],
      metric: 'price',
      ...drawn,
    }).alt;
  const monday = only(rows, (row) => row.date === '2025-01-27');

  it('names the 27 Jan overnight gap when candles are drawn, from the session itself', () => {
    expect(monday.previousClose).toBe(142.62);
    expect(words({ candles: true })).toContain(
      `The largest overnight gap: Mon 27 Jan 2025 opened at $${monday.open.toFixed(2)} after a close of $142.62 (-12.5%), and traded between $${monday.low.toFixed(2)} and $${monday.high.toFixed(2)}.`,
    );
    expect(words({})).not.toContain('overnight gap');
  });

  it('names the heaviest session when the volume is shown: 27 Jan 2025, 819M shares', () => {
    const heaviest = Math.max(...rows.map((row) => row.volume ?? 0));
    expect(heaviest).toBe(monday.volume);
    expect(words({ volume: true })).toContain('Heaviest volume: 819M shares on Mon 27 Jan 2025.');
    expect(words({})).not.toContain('Heaviest volume');
  });
});

describe('the events sentence', () => {
  const rows = rowsBetween('2025-02-03', '2025-02-28');

  it('says when no event is marked', () => {
    expect(price(rows, []).alt.endsWith(' No event is marked.')).toBe(true);
  });

  it('names a single event in the singular, with its date and no year', () => {
    const events = [{ title: 'NVIDIA Q4 FY2025 earnings', date: '2025-02-27' }];
    expect(
      price(rows, events).alt.endsWith(' 1 event is marked: NVIDIA Q4 FY2025 earnings (27 Feb).'),
    ).toBe(true);
  });

  it('names up to six events with no "more"', () => {
    const events = someEvents(6);
    const { alt } = price(rows, events);
    expect(alt.endsWith(` 6 events are marked: ${events.map(namedEvent).join('; ')}.`)).toBe(true);
    expect(alt).not.toContain('more');
  });

  it('names six and counts the rest beyond six', () => {
    const seven = price(rows, someEvents(7)).alt;
    expect(seven).toContain('Event 6 (6 Feb); and 1 more.');
    expect(seven).not.toContain('Event 7');
    const twenty = price(rows, someEvents(20)).alt;
    expect(twenty).toContain('20 events are marked: Event 1 (1 Feb); Event 2 (2 Feb);');
    expect(twenty.endsWith('Event 6 (6 Feb); and 14 more.')).toBe(true);
  });
});

describe('the words of the price chart in other windows', () => {
  it('describes the largest move of a window without the shock day', () => {
    const from = '2025-02-03';
    const to = '2025-02-28';
    const expected = expectedWindow(from, to);
    const { title, caption, alt } = price(rowsBetween(from, to));
    expect(expected.largest.date).not.toBe('2025-01-27');
    const { largest } = expected;
    const verb = largest.change < 0 ? 'fell' : 'rose';
    const moneyWords =
      largest.value < 0
        ? `taking ${compactMoney(largest.value)} off`
        : `adding ${compactMoney(largest.value)} to`;
    expect(title).toBe("NVIDIA's share price and market value, 3 Feb to 28 Feb 2025");
    expect(caption).toBe(
      `It ${verb} ${magnitude(largest.change, 1)} on ${dateWords(largest.date, { weekday: true })}, ` +
        `from ${dollars(largest.from)} to ${dollars(largest.to)}, ${moneyWords} its market value.`,
    );
    expect(alt).not.toContain('27 Jan');
    expect(alt).toContain(
      `Highest close ${dollars(expected.high.close)} on ${dateWords(expected.high.date, { weekday: true })}; ` +
        `lowest ${dollars(expected.low.close)} on ${dateWords(expected.low.date, { weekday: true })}.`,
    );
  });

  it('says "rose" and "adding" for a window whose largest move is a rise', () => {
    const from = '2025-01-28';
    const to = '2025-02-05';
    const expected = expectedWindow(from, to);
    expect(expected.largest.change).toBeGreaterThan(0);
    expect(expected.largest.value).toBeGreaterThan(0);
    const { caption } = price(rowsBetween(from, to));
    expect(caption).toBe(
      `It rose ${magnitude(expected.largest.change, 1)} on ${dateWords(expected.largest.date, { weekday: true })}, ` +
        `from ${dollars(expected.largest.from)} to ${dollars(expected.largest.to)}, ` +
        `adding ${compactMoney(expected.largest.value)} to its market value.`,
    );
  });

  it('crosses a year boundary with both years in the title', () => {
    const { title, alt } = price(rowsBetween('2024-12-23', '2025-01-10'));
    expect(title).toBe("NVIDIA's share price and market value, 23 Dec 2024 to 10 Jan 2025");
    expect(alt).toContain('daily closes, 23 Dec 2024 to 10 Jan 2025.');
  });

  it('leaves out the market value where no share count is known', () => {
    const rows = buildSessionRows(
      fixtures.bars('NVDA').filter((bar) => bar.date >= '2025-01-24' && bar.date <= '2025-01-28'),
      [],
    );
    const { caption, alt } = price(rows);
    expect(caption).toBe('It fell 17.0% on Mon 27 Jan 2025, from $142.62 to $118.42.');
    expect(alt).not.toContain('market value');
    expect(alt).not.toContain('Market value');
  });

  it('falls back to the first and last close when no session has a change', () => {
    // Built from the window's bars alone, the single session has no close before it.
    const rows = buildSessionRows(
      fixtures.bars('NVDA').filter((bar) => bar.date === '2025-01-27'),
      fixtures.nvdaSharePoints(),
    );
    const { title, caption, alt } = price(rows);
    expect(title).toBe("NVIDIA's share price and market value, 27 Jan to 27 Jan 2025");
    expect(caption).toBe('Daily closes from $118.42 to $118.42.');
    expect(alt).toContain(` ${caption} `);
    expect(alt).not.toContain('largest one-day move');
    expect(alt).toContain('Over the window it went from $118.42 to $118.42 (0.0%).');
    expect(alt).toContain(
      'Highest close $118.42 on Mon 27 Jan 2025; lowest $118.42 on Mon 27 Jan 2025.',
    );
  });

  it('gives ties to the earlier session: the largest move, the highest and the lowest close', () => {
    // 100 -> 50 (-50 %) -> 75 (+50 %) -> 100 -> 50: equal moves, equal highs, equal lows.
    const rows = buildSessionRows(
      [
        bar({ date: '2025-01-06', close: 100 }),
        bar({ date: '2025-01-07', close: 50 }),
        bar({ date: '2025-01-08', close: 75 }),
        bar({ date: '2025-01-10', close: 100 }),
        bar({ date: '2025-01-13', close: 50 }),
      ],
      [],
    );
    const { caption, alt } = price(rows);
    expect(caption).toBe('It fell 50.0% on Tue 7 Jan 2025, from $100.00 to $50.00.');
    expect(alt).toContain(
      'Highest close $100.00 on Mon 6 Jan 2025; lowest $50.00 on Tue 7 Jan 2025.',
    );
    expect(alt).toContain('Over the window it went from $100.00 to $50.00 (-50.0%).');
  });

  it('says there is no data for an empty window', () => {
    expect(price([], someEvents(3))).toEqual({
      title: "NVIDIA's share price and market value",
      caption: 'No trading session in this window.',
      alt: "NVIDIA's share price and market value: no data.",
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The rebased chart
// ---------------------------------------------------------------------------------------------

describe('the words of the rebased chart', () => {
  const rows = rowsBetween('2025-01-02', '2025-02-28');
  const base = '2025-01-24';
  const moveDate = '2025-01-27';

  /** A symbol's move and rebased line, computed here from its CSV. */
  function peer(symbol: string): PeerMove {
    const bars = fixtures.bars(symbol);
    const index = bars.findIndex((bar) => bar.date === moveDate);
    const today = bars[index];
    const before = bars[index - 1];
    const baseBar = bars.find((bar) => bar.date === base);
    const level = (bar: PriceBar) => bar.adjClose ?? bar.close;
    return {
      symbol,
      changePct: today && before ? today.close / before.close - 1 : null,
      rebased: baseBar
        ? bars.map((bar) => ({ date: bar.date, value: (level(bar) / level(baseBar)) * 100 }))
        : null,
    };
  }
  const series = ['NVDA', 'QQQ', 'AMD'].map(peer);
  const rebased = (input: Partial<Extract<DescribeInput, { metric: 'rebased' }>> = {}) =>
    describeChart({
      companyName: 'NVIDIA',
      symbol: 'NVDA',
      rows,
      events: [],
      metric: 'rebased',
      baseDate: base,
      moveDate,
      series,
      ...input,
    });
  const endOn = (move: PeerMove, date: string) =>
    move.rebased?.filter((point) => point.date <= date).at(-1)?.value ?? Number.NaN;

  it('titles the chart with the symbols drawn, the base date and the window', () => {
    expect(rebased().title).toBe(
      'NVDA, QQQ, AMD rebased to 100 on 24 Jan 2025, 2 Jan to 28 Feb 2025',
    );
  });

  it("captions each symbol's close-to-close move on the shock day", () => {
    const moves = series.map(
      (move) => `${move.symbol} ${percentText(move.changePct ?? Number.NaN, 1)}`,
    );
    expect(rebased().caption).toBe(`Close-to-close moves on Mon 27 Jan 2025: ${moves.join(', ')}.`);
    expect(rebased().caption).toContain('NVDA -17.0%');
  });

  it('names where each line ends in the window', () => {
    const ends = series.map((move) => `${move.symbol} ${endOn(move, '2025-02-28').toFixed(1)}`);
    const { alt, caption } = rebased({ events: someEvents(1) });
    expect(alt).toBe(
      `Closes rebased to 100 on 24 Jan 2025, 2 Jan to 28 Feb 2025. ${caption} ` +
        `At the end of the window: ${ends.join(', ')}. 1 event is marked: Event 1 (1 Feb).`,
    );
    // NVDA closed on 28 Feb about 12 % below its 24 Jan close.
    expect(alt).toContain(`NVDA ${((124.8791 / 142.5733) * 100).toFixed(1)}`);
  });

  it('leaves out a symbol with no close on the base date, and a move it lacks', () => {
    const missing: PeerMove = { symbol: 'XYZ', changePct: -0.5, rebased: null };
    const noMove: PeerMove = { ...peer('SMH'), changePct: null };
    const { title, caption, alt } = rebased({ series: [...series, missing, noMove] });
    expect(title.startsWith('NVDA, QQQ, AMD, SMH rebased')).toBe(true);
    expect(caption).not.toContain('XYZ');
    expect(caption).not.toContain('SMH');
    expect(alt).toContain(`SMH ${endOn(noMove, '2025-02-28').toFixed(1)}.`);
    expect(alt).not.toContain('XYZ');
  });

  it('says so when no symbol has a close on the move date', () => {
    const { caption } = rebased({ series: series.map((move) => ({ ...move, changePct: null })) });
    expect(caption).toBe('No close on Mon 27 Jan 2025 for these symbols.');
  });

  it('has no span and ends at the last point when no session is on screen', () => {
    const { title, alt } = rebased({ rows: [] });
    expect(title).toBe('NVDA, QQQ, AMD rebased to 100 on 24 Jan 2025');
    expect(alt.startsWith('Closes rebased to 100 on 24 Jan 2025. ')).toBe(true);
    const lastNvda = series[0]?.rebased?.at(-1)?.value ?? Number.NaN;
    expect(alt).toContain(`NVDA ${lastNvda.toFixed(1)}`);
  });
});

// ---------------------------------------------------------------------------------------------
// The abnormal-return chart
// ---------------------------------------------------------------------------------------------

describe('the words of the abnormal-return chart, NVDA against QQQ, day 0 = 27 Jan 2025', () => {
  const rows = rowsBetween('2025-01-02', '2025-02-28');
  const returns = pairReturns(
    dailyReturns(fixtures.bars('NVDA')),
    dailyReturns(fixtures.bars('QQQ')),
  );
  const ok = (result: EventStudy | NoEventStudy): EventStudy => {
    if (result.status !== 'ok') throw new Error(`no study: ${result.reason}`);
    return result;
  };
  const study = ok(eventStudy(returns, '2025-01-27'));
  const abnormal = (chosen: EventStudy | null, events: DescribedEvent[] = []) =>
    describeChart({
      companyName: 'NVIDIA',
      symbol: 'NVDA',
      rows,
      events,
      metric: 'abnormal',
      benchmark: 'QQQ',
      study: chosen,
    });
  const arOn = (chosen: EventStudy, day: number) =>
    chosen.abnormal.find((point) => point.day === day)?.value ?? Number.NaN;

  it('titles the chart with the symbols and day 0', () => {
    expect(abnormal(study).title).toBe(
      'Abnormal return of NVDA against QQQ, day 0 Mon 27 Jan 2025',
    );
  });

  it('captions the day-0 abnormal return and CAR[-1,+1], in percent to two decimals', () => {
    const ar0 = arOn(study, 0);
    const car = arOn(study, -1) + arOn(study, 0) + arOn(study, 1);
    expect(percentText(ar0, 2)).toBe('-11.10%');
    expect(abnormal(study).caption).toBe(
      `Abnormal return on day 0: ${percentText(ar0, 2)}; CAR[-1,+1] ${percentText(car, 2)}.`,
    );
    expect(abnormal(study).caption).toContain('-11.10%');
  });

  it('names the model and the estimation window in the alt text', () => {
    const events = storyEventsIn('2025-01-02', '2025-02-28');
    const { caption, alt } = abnormal(study, events);
    expect(
      alt.startsWith(
        'Daily abnormal returns of NVDA against QQQ (market model, estimated over 120 sessions ' +
          'from 19 Jul 2024 to 8 Jan 2025), with their running sum from day -10. ',
      ),
    ).toBe(true);
    expect(alt).toContain(` ${caption} `);
    expect(alt).toContain(`${String(events.length)} events are marked: `);
    expect(alt.endsWith(`; and ${String(events.length - 6)} more.`)).toBe(true);
  });

  it('names the market-adjusted model', () => {
    const adjusted = ok(eventStudy(returns, '2025-01-27', { model: 'market-adjusted' }));
    const { caption, alt } = abnormal(adjusted);
    expect(alt).toContain('(market-adjusted returns, estimated over 120 sessions');
    expect(caption).toBe(
      `Abnormal return on day 0: ${percentText(arOn(adjusted, 0), 2)}; CAR[-1,+1] ${percentText(
        arOn(adjusted, -1) + arOn(adjusted, 0) + arOn(adjusted, 1),
        2,
      )}.`,
    );
  });

  it('leaves out CAR[-1,+1] when that window was not computed', () => {
    const dayZeroOnly = ok(
      eventStudy(returns, '2025-01-27', {
        windows: [
          [0, 0],
          [-5, 5],
        ],
      }),
    );
    expect(abnormal(dayZeroOnly).caption).toBe(
      `Abnormal return on day 0: ${percentText(arOn(dayZeroOnly, 0), 2)}.`,
    );
  });

  it('says when there is no abnormal return on day 0', () => {
    const noDayZero = { ...study, abnormal: study.abnormal.filter((point) => point.day !== 0) };
    expect(abnormal(noDayZero).caption).toBe('No abnormal return on day 0.');
  });

  it('says when there is no study', () => {
    expect(abnormal(null, someEvents(2))).toEqual({
      title: 'Abnormal return of NVDA against QQQ',
      caption: 'No event study for this choice.',
      alt: 'Abnormal return of NVDA against QQQ: not computed.',
    });
  });
});
