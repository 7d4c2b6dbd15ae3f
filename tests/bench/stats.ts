/** Small statistics and table helpers for the benchmark's printout. */

/** The median (mean of the middle two for an even count); NaN for no samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The 95th percentile, nearest rank (with few samples, that is the largest). */
export function p95(samples: readonly number[]): number {
  const sorted = [...samples].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.ceil(0.95 * sorted.length) - 1] ?? NaN;
}

export function fixed(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

/** "median / p95", each with `digits` decimals. */
export function medianP95(samples: readonly number[], digits = 0): string {
  if (samples.length === 0) return '-';
  return `${fixed(median(samples), digits)} / ${fixed(p95(samples), digits)}`;
}

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column === 0 || !/^[\d.\-/ x<>()]+$/.test(cell)
          ? cell.padEnd(width)
          : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

export function formatPoints(points: number): string {
  return points >= 1_000_000
    ? `${points / 1_000_000}M`
    : points >= 1000
      ? `${points / 1000}k`
      : String(points);
}
