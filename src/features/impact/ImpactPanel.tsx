import { useEffect, useMemo } from 'react';
import type { ChartEvent } from '../../charts/chartEvent';
import { MarketValueChart } from '../../charts/MarketValueChart';
import { PriceChart } from '../../charts/PriceChart';
import { useChartReadyMark, whenChartReady } from '../../charts/useChartReadyMark';
import { rowsInWindow, type SessionRow } from '../../domain/dailySeries';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { dayNumber, formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import { CHART_MODES, type ChartMode } from '../../domain/vocabulary';
import { chartEvents, type EventVisibility } from '../events/chartEvents';
import { ChartSkeleton, ErrorState, StaleBanner } from '../StatusViews';
import { LazyPart } from '../LazyPart';
import type { ComparisonProps } from './ComparisonChart';
import { DataIssuesNote } from './DataIssuesNote';
import { ShareCountsNote } from './ShareCountsNote';
import type { useSessionRows } from './useSessionRows';

export const PRICE_CHART_HEIGHT = 400;
export const MARKET_VALUE_CHART_HEIGHT = 180;
const SYNC_ID = 'impact';

// The peers-rebased and abnormal-return charts (and the parts of Recharts only they use: bars,
// legend, reference areas) are not needed for the first chart of most views: they load on their
// own, and in idle time once the first chart is drawn, so switching to them is still immediate.
const loadComparisonChart = () =>
  import('./ComparisonChart').then((module) => module.ComparisonChart);

/** Loads the comparison charts' code in idle time once the first chart is drawn. */
function usePrefetchAfterChart(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    // A failed prefetch costs nothing: the chart loads (and says if it cannot) when asked for.
    const prefetch = () => {
      loadComparisonChart().catch(() => undefined);
    };
    const idle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined;
    let cancel = () => {};
    const stopWaiting = whenChartReady(() => {
      if (idle) {
        const handle = idle(prefetch, { timeout: 3000 });
        cancel = () => {
          cancelIdleCallback(handle);
        };
      } else {
        const timer = setTimeout(prefetch, 1000);
        cancel = () => {
          clearTimeout(timer);
        };
      }
    });
    return () => {
      stopWaiting();
      cancel();
    };
  }, [enabled]);
}

const DEFAULT_HEIGHTS = { price: PRICE_CHART_HEIGHT, marketValue: MARKET_VALUE_CHART_HEIGHT };

export interface ImpactPanelProps {
  symbol: string;
  data: ReturnType<typeof useSessionRows>;
  placedEvents: readonly PlacedEvent[];
  window: { from: TradingDate; to: TradingDate };
  visibility: EventVisibility;
  mode: ChartMode;
  logScale: boolean;
  eventNotes: ReadonlyMap<string, string>;
  comparison: Omit<
    ComparisonProps,
    'mode' | 'window' | 'events' | 'eventNotes' | 'height' | 'compact'
  >;
  onShowDefaultWindow: () => void;
  /** Panel heights, for a chart that fills a given box (the embed); a market value of 0 leaves it out. */
  heights?: { price: number; marketValue: number };
  /** The page names each panel; an embed has its own title and leaves them out. */
  compact?: boolean;
}

function describe(symbol: string, rows: SessionRow[], what: string): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return what;
  return `${what} of ${symbol}, daily, ${formatTradingDate(first.date)} to ${formatTradingDate(last.date)}.`;
}

/** The main chart (price, peers rebased or abnormal return) with its loading, error and empty states. */
export function ImpactPanel(props: ImpactPanelProps) {
  const { symbol, data, placedEvents, window, visibility, mode, logScale, eventNotes, comparison } =
    props;
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
  const { heights = DEFAULT_HEIGHTS, compact = false } = props;
  const fullHeight = heights.price + heights.marketValue;
  useChartReadyMark(visibleRows.length > 0);
  usePrefetchAfterChart(visibleRows.length > 0 && CHART_MODES[mode].panels === 'price-and-value');

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
    if (compact) return <ChartSkeleton height={fullHeight} label="Loading prices…" />;
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
      {mode === 'price' ? (
        <>
          {!compact && <h2 className="panel-title">Share price, daily close</h2>}
          <PriceChart
            rows={visibleRows}
            fromDay={fromDay}
            toDay={toDay}
            events={events}
            eventNotes={eventNotes}
            height={heights.price}
            syncId={SYNC_ID}
            logScale={logScale}
            description={describe(symbol, visibleRows, 'Daily closing price')}
          />
          {heights.marketValue > 0 && !compact && (
            <h2 className="panel-title">Market value (close × shares outstanding)</h2>
          )}
          {heights.marketValue === 0 ? null : shares.isError ? (
            <ErrorState
              error={shares.error}
              what="share counts"
              onRetry={() => void shares.refetch()}
              retrying={shares.isFetching}
              height={heights.marketValue}
            />
          ) : shares.isPending ? (
            <ChartSkeleton height={heights.marketValue} label="Loading share counts…" />
          ) : (
            <MarketValueChart
              rows={visibleRows}
              fromDay={fromDay}
              toDay={toDay}
              height={heights.marketValue}
              syncId={SYNC_ID}
              description={describe(symbol, visibleRows, 'Daily market value')}
            />
          )}
          {!compact && <ShareCountsNote rows={visibleRows} />}
        </>
      ) : (
        <LazyPart
          what="The chart"
          load={loadComparisonChart}
          fallback={
            <ChartSkeleton
              height={compact ? fullHeight : fullHeight - 40}
              label="Loading the chart…"
            />
          }
          props={{
            ...comparison,
            mode,
            window,
            events,
            eventNotes,
            height: compact ? fullHeight : fullHeight - 40,
            compact,
          }}
        />
      )}
    </div>
  );
}
