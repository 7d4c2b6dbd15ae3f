/** Number formats of the page, fixed to en-US so a figure reads the same on every machine. */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatUsd(value: number, digits = 2): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}$${Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })}`;
}

/** Dollars in trillions or billions: "$3.49T", "$594.1B". */
export function formatMoneyCompact(value: number, signed = false): string {
  const sign = value < 0 ? '-' : signed && value > 0 ? '+' : '';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e12) return `${sign}$${(magnitude / 1e12).toFixed(2)}T`;
  if (magnitude >= 1e9) return `${sign}$${(magnitude / 1e9).toFixed(1)}B`;
  if (magnitude >= 1e6) return `${sign}$${(magnitude / 1e6).toFixed(1)}M`;
  return `${sign}$${grouped.format(magnitude)}`;
}

/** A fraction as a percentage: -0.16968 -> "-16.97%", with "+" when asked. */
export function formatPercent(fraction: number, digits = 2, signed = true): string {
  const value = fraction * 100;
  const sign = value > 0 && signed ? '+' : '';
  return `${sign}${value.toFixed(digits)}%`;
}

export function formatSignedUsd(value: number): string {
  return value > 0 ? `+${formatUsd(value)}` : formatUsd(value);
}

export function formatCount(value: number): string {
  return grouped.format(value);
}

/** Shares in billions with the precision the filings give: "24.477B". */
export function formatShares(value: number): string {
  return `${(value / 1e9).toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}B`;
}
