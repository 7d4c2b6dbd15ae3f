/**
 * A file name that says what the file holds and is safe on every system:
 * `nvda-price-2025-01-02_2025-02-28.png`. Only a-z, 0-9 and '-' survive from any part; '_' joins
 * the two dates.
 */
export function exportFileName(
  parts: { symbol: string; what: string; from: string; to: string },
  extension: 'png' | 'svg' | 'csv',
  suffix = '',
): string {
  const clean = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .slice(0, 40)
      .replace(/^-|-$/g, '');
  const name = [clean(parts.symbol), clean(parts.what), `${clean(parts.from)}_${clean(parts.to)}`]
    .concat(suffix ? [clean(suffix)] : [])
    .filter((part) => part !== '' && part !== '_')
    .join('-');
  return `${name || 'chart'}.${extension}`;
}
