import { useMemo } from 'react';
import type { ChartEvent } from '../../charts/chartEvent';
import { MarketValueChart } from '../../charts/MarketValueChart';
import { PriceChart } from '../../charts/PriceChart';
import { useChartReadyMark } from '../../charts/useChartReadyMark';
import { rowsInWindow, type SessionRow } from '../../domain/dailySeries';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { dayNumber, formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import { chartEvents, type EventVisibility } from '../events/chartEvents';
import { ChartSkeleton, ErrorState, StaleBanner } from '../StatusViews';
import { ComparisonChart, type ComparisonProps } from './ComparisonChart';
import { DataIssuesNote } from './DataIssuesNote';
import { ShareCountsNote } from './ShareCountsNote';
import type { useSessionRows } from './useSessionRows';

export const PRICE_CHART_HEIGHT = 400;
export const MARKET_VALUE_CHART_HEIGHT = 180;
const SYNC_ID = 'impact';
export type ChartMetric = 'price' | 'rebased' | 'abnormal';

export interface ImpactPanelProps {
  symbol: string;
  data: ReturnType<typeof useSessionRows>;
  placedEvents: readonly PlacedEvent[];
  window: { from: TradingDate; to: TradingDate };
  visibility: EventVisibility;
  metric: ChartMetric;
  logScale: boolean;
  eventNotes: ReadonlyMap<string, string>;
  comparison: Omit<ComparisonProps, 'metric' | 'window' | 'events' | 'eventNotes' | 'height'>;
  onShowDefaultWindow: () => void;
}

function describe(symbol: string, rows: SessionRow[], what: string): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return what;
  return `${what} of ${symbol}, daily, ${formatTradingDate(first.date)} to ${formatTradingDate(last.date)}.`;
}

/** The main chart (price, peers rebased or abnormal return) with its loading, error and empty states. */
export function ImpactPanel(props: ImpactPanelProps) {
  const {
    symbol,
    data,
    placedEvents,
    window,
    visibility,
    metric,
    logScale,
    eventNotes,
    comparison,
  } = props;
  const { prices, shares, rows } = data;
  const fromDay = dayNumber(window.from);
  const toDay = dayNumber(window.to);
  const visibleRows = useMemo(
    () => (rows ? rowsInWindow(rows, window.from, window.to) : []),
    [rows, window.from, window.to],
  );
  const events: ChartEvent[] = useMemo(
    () => chartEvents(placedEvents, visibility, fromDay, toDay),
    [placedEvents, visibility, fromDay, toDay],
  );
  const fullHeight = PRICE_CHART_HEIGHT + MARKET_VALUE_CHART_HEIGHT;
  useChartReadyMark(visibleRows.length > 0);

  if (!rows) {
    if (prices.isError) {
      return (
        <ErrorState
          error={prices.error}
          what="prices"
          onRetry={() => void prices.refetch()}
          retrying={prices.isFetching}
          height={fullHeight}
        />
      );
    }
    // The same boxes as the loaded panel (titles, both charts, the share-count note), so nothing
    // below moves when the data arrives.
    return (
      <div className="impact-panel impact-panel--loading">
        <h2 className="panel-title">Share price, daily close</h2>
        <ChartSkeleton height={PRICE_CHART_HEIGHT} label="Loading prices…" />
        <h2 className="panel-title">Market value (close × shares outstanding)</h2>
        <ChartSkeleton height={MARKET_VALUE_CHART_HEIGHT} label="Loading share counts…" />
        <div className="share-counts share-counts--placeholder" aria-hidden="true" />
      </div>
    );
  }

  if (visibleRows.length === 0) {
    return (
      <div className="empty-state" style={{ minHeight: fullHeight }} role="status">
        <p>
          No trading sessions between {formatTradingDate(window.from, { weekday: true })} and{' '}
          {formatTradingDate(window.to, { weekday: true })}. The data covers{' '}
          {formatTradingDate(rows[0]?.date ?? '')} to {formatTradingDate(rows.at(-1)?.date ?? '')}.
        </p>
        <button type="button" onClick={props.onShowDefaultWindow}>
          Show the weeks around the shock
        </button>
      </div>
    );
  }

  return (
    <div className="impact-panel">
      <DataIssuesNote symbol={symbol} issues={prices.data?.issues ?? []} />
      {prices.isError && (
        <StaleBanner error={prices.error} what="prices" onRetry={() => void prices.refetch()} />
      )}
      {metric === 'price' ? (
        <>
          <h2 className="panel-title">Share price, daily close</h2>
          <PriceChart
            rows={visibleRows}
            fromDay={fromDay}
            toDay={toDay}
            events={events}
            eventNotes={eventNotes}
            height={PRICE_CHART_HEIGHT}
            syncId={SYNC_ID}
            logScale={logScale}
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
        </>
      ) : (
        <ComparisonChart
          {...comparison}
          metric={metric}
          window={window}
          events={events}
          eventNotes={eventNotes}
          height={fullHeight - 40}
        />
      )}
    </div>
  );
}
