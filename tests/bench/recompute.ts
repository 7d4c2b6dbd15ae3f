/**
 * The recompute benchmark: everything the page derives from the data when the reader changes the
 * benchmark, the window or the peers, for all 17 symbols of the dataset over all of its sessions.
 *
 *   npm run bench            print the figures
 *   npm run bench -- --check also fail (exit 1) when a figure breaks tests/bench/budgets.json
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
const median = quantile(times, 0.5);
const p95 = quantile(times, 0.95);

const budgets = JSON.parse(readFileSync(resolve(import.meta.dirname, 'budgets.json'), 'utf8')) as {
  recompute: { medianMs: number; p95Ms: number };
};
console.log(
  `Full recompute, ${prices.size} symbols x ${stock.length} sessions, ${events.length} events (${RUNS} runs, checksum ${sink})`,
);
console.log(`  median ${median.toFixed(2)} ms (budget ${budgets.recompute.medianMs})`);
console.log(`  p95    ${p95.toFixed(2)} ms (budget ${budgets.recompute.p95Ms})`);
console.log(`  max    ${(times.at(-1) ?? NaN).toFixed(2)} ms`);

if (process.argv.includes('--check')) {
  const breaches = [
    median > budgets.recompute.medianMs &&
      `median ${median.toFixed(2)} ms > ${budgets.recompute.medianMs} ms`,
    p95 > budgets.recompute.p95Ms && `p95 ${p95.toFixed(2)} ms > ${budgets.recompute.p95Ms} ms`,
  ].filter(Boolean);
  if (breaches.length > 0) {
    console.error(`Budget breached: ${breaches.join('; ')}`);
    process.exit(1);
  }
  console.log('Within budget.');
}
