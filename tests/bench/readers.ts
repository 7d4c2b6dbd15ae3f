/**
 * The printout of what readers load: the default build's page and embed beside the real-API build,
 * bytes before chart-ready by kind and the cold-load timings, medians over the cold runs.
 */
import type { LoadMetrics } from './browserMetrics';
import { fixed, median, medianP95, table } from './stats';
import { KINDS, type Transfer } from './transfer';

export interface ReaderLoads {
  label: string;
  loads: LoadMetrics[];
  transfers: Transfer[];
}

const KB = 1024;

/** Median KB gzip of one kind (or the total) over the runs. */
export function medianKB(
  transfers: readonly Transfer[],
  kind: keyof Transfer['gzipBytes'],
): number {
  return median(transfers.map((transfer) => transfer.gzipBytes[kind])) / KB;
}

function filesLine(transfer: Transfer): string {
  return [...transfer.files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((file) => `${file.name} ${fixed(file.gzipBytes / KB, 1)}`)
    .join(', ');
}

export function printReaders(builds: readonly ReaderLoads[]): void {
  console.log(
    table(
      [
        'build',
        ...KINDS.map((kind) => `${kind} KB`),
        'total KB',
        'files',
        'FCP ms',
        'chart-ready ms',
        'line painted ms',
        'TBT ms',
        'longest task ms',
        'CLS',
      ],
      builds.map(({ label, loads, transfers }) => [
        label,
        ...KINDS.map((kind) => fixed(medianKB(transfers, kind), 1)),
        fixed(medianKB(transfers, 'total'), 1),
        fixed(median(transfers.map((transfer) => transfer.files.length))),
        medianP95(loads.map((load) => load.fcpMs)),
        medianP95(loads.map((load) => load.chartReadyMs)),
        medianP95(loads.map((load) => load.linePaintedMs)),
        medianP95(loads.map((load) => load.tbtMs)),
        medianP95(loads.map((load) => load.longestTaskMs)),
        medianP95(
          loads.map((load) => load.cls),
          3,
        ),
      ]),
    ),
  );
  console.log(
    '  KB: gzip -6 of each response body that finished before chart-ready (median of the runs); other: the HTML and anything else; timings median / p95, TBT between first contentful paint and chart-ready.',
  );
  for (const { label, transfers } of builds) {
    const first = transfers[0];
    if (!first) continue;
    const totals = new Set(transfers.map((transfer) => transfer.gzipBytes.total));
    // The bytes are exact; they differ between runs only when a lazy chunk races chart-ready.
    const note = totals.size > 1 ? ' (the runs differ: a file raced chart-ready)' : '';
    console.log(`  ${label}, run 1, KB gzip${note}: ${filesLine(first)}`);
  }
}
