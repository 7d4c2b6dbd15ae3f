import { useMemo } from 'react';
import { MarketValueChart } from '../../charts/MarketValueChart';
import { PriceChart } from '../../charts/PriceChart';
import { rowsInWindow, shareCountsUsed, type SessionRow } from '../../domain/dailySeries';
import { formatShares } from '../../domain/numberFormat';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { dayNumber, formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import { chartEvents, type EventVisibility } from '../events/chartEvents';
import { ChartSkeleton, ErrorState, StaleBanner } from '../StatusViews';
import type { useSessionRows } from './useSessionRows';

export const PRICE_CHART_HEIGHT = 400;
export const MARKET_VALUE_CHART_HEIGHT = 180;
const SYNC_ID = 'impact';

export interface ImpactPanelProps {
  symbol: string;
  data: ReturnType<typeof useSessionRows>;
  placedEvents: readonly PlacedEvent[];
  window: { from: TradingDate; to: TradingDate };
  visibility: EventVisibility;
  onShowDefaultWindow: () => void;
}

function describe(symbol: string, rows: SessionRow[], what: string): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return what;
  return `${what} of ${symbol}, daily, ${formatTradingDate(first.date)} to ${formatTradingDate(last.date)}.`;
}

/** The price and market-value panels with their loading, error and empty states. */
export function ImpactPanel({
  symbol,
  data,
  placedEvents,
  window,
  visibility,
  onShowDefaultWindow,
}: ImpactPanelProps) {
  const { prices, shares, rows } = data;
  const fromDay = dayNumber(window.from);
  const toDay = dayNumber(window.to);
  const visibleRows = useMemo(
    () => (rows ? rowsInWindow(rows, window.from, window.to) : []),
    [rows, window.from, window.to],
  );
  const events = useMemo(
    () => chartEvents(placedEvents, visibility, fromDay, toDay),
    [placedEvents, visibility, fromDay, toDay],
  );

  if (!rows) {
    if (prices.isError) {
      return (
        <ErrorState
          error={prices.error}
          what="prices"
          onRetry={() => void prices.refetch()}
          retrying={prices.isFetching}
          height={PRICE_CHART_HEIGHT + MARKET_VALUE_CHART_HEIGHT}
        />
      );
    }
    return (
      <ChartSkeleton
        height={PRICE_CHART_HEIGHT + MARKET_VALUE_CHART_HEIGHT}
        label="Loading prices…"
      />
    );
  }

  if (visibleRows.length === 0) {
    return (
      <div
        className="empty-state"
        style={{ minHeight: PRICE_CHART_HEIGHT + MARKET_VALUE_CHART_HEIGHT }}
        role="status"
      >
        <p>
          No trading sessions between {formatTradingDate(window.from, { weekday: true })} and{' '}
          {formatTradingDate(window.to, { weekday: true })}. The data covers{' '}
          {formatTradingDate(rows[0]?.date ?? '')} to {formatTradingDate(rows.at(-1)?.date ?? '')}.
        </p>
        <button type="button" onClick={onShowDefaultWindow}>
          Show the weeks around the shock
        </button>
      </div>
    );
  }

  return (
    <div className="impact-panel">
      {prices.isError && (
        <StaleBanner error={prices.error} what="prices" onRetry={() => void prices.refetch()} />
      )}
      <h2 className="panel-title">Share price, daily close</h2>
      <PriceChart
        rows={visibleRows}
        fromDay={fromDay}
        toDay={toDay}
        events={events}
        height={PRICE_CHART_HEIGHT}
        syncId={SYNC_ID}
        description={describe(symbol, visibleRows, 'Daily closing price')}
      />
      <h2 className="panel-title">Market value (close × shares outstanding)</h2>
      {shares.isError ? (
        <ErrorState
          error={shares.error}
          what="share counts"
          onRetry={() => void shares.refetch()}
          retrying={shares.isFetching}
          height={MARKET_VALUE_CHART_HEIGHT}
        />
      ) : shares.isPending ? (
        <ChartSkeleton height={MARKET_VALUE_CHART_HEIGHT} label="Loading share counts…" />
      ) : (
        <MarketValueChart
          rows={visibleRows}
          fromDay={fromDay}
          toDay={toDay}
          height={MARKET_VALUE_CHART_HEIGHT}
          syncId={SYNC_ID}
          description={describe(symbol, visibleRows, 'Daily market value')}
        />
      )}
      <ShareCountsNote rows={visibleRows} />
    </div>
  );
}

/** Names every share count the visible market values use, with its filing. */
function ShareCountsNote({ rows }: { rows: SessionRow[] }) {
  const counts = shareCountsUsed(rows);
  const withoutCount = rows.filter((row) => row.shares === null);
  const firstWithout = withoutCount[0];
  const lastWithout = withoutCount.at(-1);
  return (
    <div className="share-counts">
      {firstWithout && lastWithout && (
        <p data-testid="no-share-count">
          No market value for {withoutCount.length} session{withoutCount.length > 1 ? 's' : ''} (
          {formatTradingDate(firstWithout.date)} to {formatTradingDate(lastWithout.date)}): the data
          has no share count dated on or before them, and none is estimated.
        </p>
      )}
      {counts.length > 0 && (
        <p>Shares outstanding used, each from its as-of date until the next report:</p>
      )}
      <ul>
        {counts.map((point) => (
          <li key={point.asOf}>
            <strong>{formatShares(point.shares)}</strong> as of {formatTradingDate(point.asOf)}:{' '}
            {point.source}
          </li>
        ))}
      </ul>
    </div>
  );
}
