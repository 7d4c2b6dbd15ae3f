/**
 * The recompute benchmark: everything the page derives from the data when the reader changes the
 * benchmark, the window or the peers, for all 17 symbols of the dataset over all of its sessions.
 * Run by tests/bench/run.ts (`npm run bench`), which prints it and checks it against budgets.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { csvRows, parsePriceCsv } from '../../mocks/csv';
import { abnormalReturnSeries, rebasedRows } from '../../src/domain/chartModel';
import { buildSessionRows, rowsInWindow } from '../../src/domain/dailySeries';
import { placeEvents } from '../../src/domain/eventPlacement';
import { analyseImpact } from '../../src/domain/impactAnalysis';
import type { MarketEvent, PriceBar } from '../../src/domain/types';

const FIXTURES = resolve(import.meta.dirname, '../../mocks/fixtures');
const WARM_UP = 30;
const RUNS = 300;

const prices = new Map<string, PriceBar[]>(
  readdirSync(resolve(FIXTURES, 'prices')).map((file) => [
    file.replace('.csv', ''),
    parsePriceCsv(readFileSync(resolve(FIXTURES, 'prices', file), 'utf8')),
  ]),
);
const shares = csvRows(readFileSync(resolve(FIXTURES, 'nvda_shares_outstanding.csv'), 'utf8')).map(
  (row) => ({
    asOf: row.as_of_date ?? '',
    shares: Number(row.shares_outstanding),
    source: row.document ?? '',
  }),
);
const events = (
  JSON.parse(readFileSync(resolve(FIXTURES, 'events.json'), 'utf8')) as MarketEvent[]
).map((event) => ({
  ...event,
  end: event.end ?? null,
}));
const stock = prices.get('NVDA') ?? [];
const benchmarks = ['QQQ', 'SPY', 'SMH', 'SOXX', 'IXIC', 'SPX', 'SOX'];
const first = stock[0]?.date ?? '';
const last = stock.at(-1)?.date ?? '';

/** One full recompute: what the page does when the reader picks another benchmark. */
function recompute(benchmark: string): number {
  const rows = buildSessionRows(stock, shares);
  const { placed } = placeEvents(
    events,
    rows.map((row) => row.date),
  );
  const peers = new Map([...prices].filter(([symbol]) => symbol !== 'NVDA'));
  const analysis = analyseImpact({
    subjectSymbol: 'NVDA',
    stock,
    benchmark: prices.get(benchmark) ?? [],
    peers,
    events: placed,
    day0: '2025-01-27',
    model: 'market-model',
    customWindow: [-3, 3],
    rebaseDate: '2025-01-24',
    moveDate: '2025-01-27',
  });
  const visible = rowsInWindow(rows, first, last);
  const abnormal =
    analysis.study.status === 'ok' ? abnormalReturnSeries(analysis.study, first, last) : [];
  const rebased = rebasedRows([analysis.subject, ...analysis.peers], first, last);
  // Returned so the work cannot be optimised away.
  return visible.length + abnormal.length + rebased.length + analysis.eventImpacts.size;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export interface RecomputeResult {
  symbols: number;
  sessions: number;
  events: number;
  runs: number;
  checksum: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** Times RUNS full recomputes after WARM_UP untimed ones. */
export function runRecompute(): RecomputeResult {
  let sink = 0;
  for (let run = 0; run < WARM_UP; run++)
    sink += recompute(benchmarks[run % benchmarks.length] ?? 'QQQ');
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    sink += recompute(benchmarks[run % benchmarks.length] ?? 'QQQ');
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    symbols: prices.size,
    sessions: stock.length,
    events: events.length,
    runs: RUNS,
    checksum: sink,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    maxMs: times.at(-1) ?? NaN,
  };
}
