/** Number formats of the page, fixed to en-US so a figure reads the same on every machine. */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A minus sign only for a value that is still negative once rounded: never "-$0.00". */
const isNegativeAt = (value: number, digits: number) => Number(value.toFixed(digits)) < 0;

// One formatter per number of decimals, made once: toLocaleString with options builds a new one on
// every call, which an axis pays for each tick label on every redraw.
const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixedFormat(digits: number): Intl.NumberFormat {
  let format = fixedFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    fixedFormats.set(digits, format);
  }
  return format;
}

export function formatUsd(value: number, digits = 2): string {
  const sign = isNegativeAt(value, digits) ? '-' : '';
  return `${sign}$${fixedFormat(digits).format(Math.abs(value))}`;
}

const COMPACT_UNITS: [number, string, number][] = [
  [1e12, 'T', 2],
  [1e9, 'B', 1],
  [1e6, 'M', 1],
];

/** Dollars in trillions or billions: "$3.49T", "$594.1B". */
export function formatMoneyCompact(value: number, signed = false): string {
  const sign = value < 0 ? '-' : signed && value > 0 ? '+' : '';
  const magnitude = Math.abs(value);
  // The unit is chosen after rounding, so $999.96B reads "$1.00T", not "$1000.0B".
  for (const [size, suffix, digits] of COMPACT_UNITS) {
    const scaled = (magnitude / size).toFixed(digits);
    if (Number(scaled) >= 1) return `${sign}$${scaled}${suffix}`;
  }
  return `${sign}$${grouped.format(magnitude)}`;
}

/** A fraction as a percentage: -0.16968 -> "-16.97%", with "+" when asked. */
export function formatPercent(fraction: number, digits = 2, signed = true): string {
  const value = fraction * 100;
  const text = Math.abs(value).toFixed(digits);
  const rounded = Number(text);
  const sign = rounded === 0 ? '' : value < 0 ? '-' : signed ? '+' : '';
  return `${sign}${text}%`;
}

export function formatSignedUsd(value: number): string {
  return value > 0 ? `+${formatUsd(value)}` : formatUsd(value);
}

export function formatCount(value: number): string {
  return grouped.format(value);
}

/** Shares in billions with the precision the filings give: "24.477B". */
/** A count of shares, short for an axis or a table: "819M", "1.2B", "45K". */
export function formatSharesCompact(value: number): string {
  const magnitude = Math.abs(value);
  const trim = (text: string) => text.replace(/\.0$/, '');
  for (const [size, suffix] of [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ] as const) {
    if (magnitude >= size) {
      const scaled = magnitude / size;
      return `${value < 0 ? '-' : ''}${trim(scaled.toFixed(scaled >= 100 ? 0 : 1))}${suffix}`;
    }
  }
  return grouped.format(value);
}

export function formatShares(value: number): string {
  return `${(value / 1e9).toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}B`;
}

/** A t statistic as the study panel shows it: two decimals, "-5.31". */
export function formatT(t: number): string {
  return t.toFixed(2);
}
