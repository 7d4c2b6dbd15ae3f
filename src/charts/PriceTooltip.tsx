import type { SessionRow } from '../domain/dailySeries';
import {
  formatCount,
  formatMoneyCompact,
  formatPercent,
  formatShares,
  formatSignedUsd,
  formatUsd,
} from '../domain/numberFormat';
import { formatTradingDate } from '../domain/tradingDate';
import type { CandlePoint } from './plotPoints';

/**
 * The tooltip of one session: OHLC, volume, change from the previous close, and market value. A
 * candle of several sessions (a dense series, one per pixel column) names its first and last day.
 */
export function PriceTooltip({ row }: { row: SessionRow | CandlePoint }) {
  const sessions = 'sessions' in row ? row.sessions : 1;
  return (
    <div className="chart-tooltip" data-tooltip-date={row.date}>
      <p className="chart-tooltip__date">
        {'firstDate' in row && sessions > 1
          ? `${formatTradingDate(row.firstDate)} to ${formatTradingDate(row.date)}, ${String(sessions)} sessions`
          : formatTradingDate(row.date, { weekday: true })}
      </p>
      <dl>
        <dt>Close</dt>
        <dd data-field="close">{formatUsd(row.close)}</dd>
        {row.change !== null && row.changePct !== null && (
          <>
            <dt>Change</dt>
            <dd className={row.change < 0 ? 'down' : 'up'}>
              {formatSignedUsd(row.change)} ({formatPercent(row.changePct)})
            </dd>
          </>
        )}
        <dt>Open</dt>
        <dd>{formatUsd(row.open)}</dd>
        <dt>High</dt>
        <dd>{formatUsd(row.high)}</dd>
        <dt>Low</dt>
        <dd>{formatUsd(row.low)}</dd>
        <dt>Volume</dt>
        <dd>{row.volume === null ? 'not reported' : formatCount(row.volume)}</dd>
        {row.marketValue !== null && row.shares && (
          <>
            <dt>Market value</dt>
            <dd>
              {formatMoneyCompact(row.marketValue)}
              {row.marketValueChange !== null &&
                ` (${formatMoneyCompact(row.marketValueChange, true)})`}
            </dd>
            <dt>Shares used</dt>
            <dd>
              {formatShares(row.shares.shares)} as of {formatTradingDate(row.shares.asOf)}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
