import { formatMoneyCompact, formatPercent, formatUsd } from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The words a screen reader hears for the data point under the keyboard cursor, for every kind of
 * point the charts draw: a session (price), an abnormal return, or a row of rebased closes.
 */
export function describePoint(point: unknown): string | null {
  if (!isRecord(point) || typeof point.date !== 'string') return null;
  const day = formatTradingDate(point.date, { weekday: true });
  const close = num(point.close);
  if (close !== null) {
    const change = num(point.changePct);
    const value = num(point.marketValue);
    return [
      `${day}: close ${formatUsd(close)}`,
      change === null ? '' : `, ${formatPercent(change)} on the day`,
      value === null ? '' : `; market value ${formatMoneyCompact(value)}`,
      '.',
    ].join('');
  }
  const ar = num(point.ar);
  if (ar !== null) {
    const car = num(point.car);
    const relative = num(point.relativeDay);
    return `${day}${relative === null ? '' : `, day ${String(relative)}`}: abnormal return ${formatPercent(ar)}${car === null ? '' : `, cumulative ${formatPercent(car)}`}.`;
  }
  const rebased = Object.entries(point)
    .filter(([key, value]) => /^[A-Z^.]{1,6}$/.test(key) && num(value) !== null)
    .map(([key, value]) => `${key} ${(value as number).toFixed(1)}`);
  return rebased.length > 0 ? `${day}: ${rebased.join(', ')} (rebased to 100).` : null;
}
