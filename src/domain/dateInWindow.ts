import { formatTradingDate, type TradingDate } from './tradingDate';

/**
 * A date in a list read beside the chart's window: "26 Dec" where the window makes the year plain,
 * "4 Jan 1999" where it does not. Within a window of one year, its dates leave the year out;
 * within a window across New Year, only the dates inside it do (its "4 Jan" is one day only).
 */
export function formatDateInWindow(
  date: TradingDate,
  window: { from: TradingDate; to: TradingDate },
): string {
  const year = date.slice(0, 4);
  const oneYear = window.from.slice(0, 4) === window.to.slice(0, 4);
  const plain = oneYear
    ? year === window.from.slice(0, 4)
    : date >= window.from && date <= window.to;
  return formatTradingDate(date, { year: !plain });
}
