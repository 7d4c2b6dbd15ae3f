import {
  formatMoneyCompact,
  formatPercent,
  formatSharesCompact,
  formatUsd,
} from '../domain/numberFormat';
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
    // A candle (it counts its sessions) is read with its open, high and low, and its volume.
    const candle = num(point.sessions) !== null;
    const [open, high, low, volume] = [
      num(point.open),
      num(point.high),
      num(point.low),
      num(point.volume),
    ];
    const range =
      candle && open !== null && high !== null && low !== null
        ? `open ${formatUsd(open)}, high ${formatUsd(high)}, low ${formatUsd(low)}, `
        : '';
    return [
      `${day}: ${range}close ${formatUsd(close)}`,
      change === null ? '' : `, ${formatPercent(change)} on the day`,
      candle && volume !== null ? `; volume ${formatSharesCompact(volume)} shares` : '',
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
