import { MarketValueChart } from '../../charts/MarketValueChart';
import { PriceChart } from '../../charts/PriceChart';
import { useChartDrawn, useChartReadyMark } from '../../charts/useChartReadyMark';
import type { SessionRow } from '../../domain/dailySeries';
import { dayNumber, formatTradingDate } from '../../domain/tradingDate';
import { CHART_MODES } from '../../domain/vocabulary';
import { pricesQueryOptions, usePrices } from '../../queries/prices';
import { sharesQueryOptions, useShares } from '../../queries/shares';
import { LoadFailure } from '../../components/LoadFailure';
import { useFailure, useRetryFailed } from '../../queries/failures';
import { ChartSkeleton } from '../../components/StatusViews';
import { LazyPart } from '../../components/LazyPart';
import { DataIssuesNote } from './DataIssuesNote';
import type { MainChartModel, MainChartView } from './mainChart';
import { loadComparisonChart, usePrefetchAfterChart } from './prefetchComparison';
import { ShareCountsNote } from './ShareCountsNote';

// The volume panel draws once the price chart is: its place is held meanwhile, so nothing moves.
const loadVolumeChart = () =>
  import('../../charts/VolumeChart').then((module) => module.VolumeChart);

export const PRICE_CHART_HEIGHT = 400;
export const MARKET_VALUE_CHART_HEIGHT = 180;
/** The volume panel under the price, when it is on. */
export const VOLUME_CHART_HEIGHT = 130;
/** The panel title above a comparison chart on the page: its room comes out of the chart's. */
const PANEL_TITLE_HEIGHT = 40;
const SYNC_ID = 'impact';
const DEFAULT_HEIGHTS: PanelHeights = {
  price: PRICE_CHART_HEIGHT,
  marketValue: MARKET_VALUE_CHART_HEIGHT,
};
const WITH_VOLUME = { ...DEFAULT_HEIGHTS, volume: VOLUME_CHART_HEIGHT };

/** The panels' heights in the full page, with or without the volume panel. */
export const pageHeights = (volume: boolean) => (volume ? WITH_VOLUME : DEFAULT_HEIGHTS);

export interface PanelHeights {
  price: number;
  marketValue: number;
  volume?: number;
}

export interface ImpactPanelProps {
  symbol: string;
  model: MainChartModel;
  view: MainChartView;
  onShowDefaultWindow: () => void;
  /**
   * Panel heights, for a chart that fills a given box (the embed); a market value of 0 leaves it
   * out, and the volume panel is drawn only with a height (and only under share prices).
   */
  heights?: PanelHeights;
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
  const { symbol, model, view, heights = DEFAULT_HEIGHTS, compact = false } = props;
  const prices = usePrices(symbol);
  const shares = useShares(symbol);
  const pricesFailure = useFailure(pricesQueryOptions(symbol).queryKey, prices);
  const sharesFailure = useFailure(sharesQueryOptions(symbol).queryKey, shares);
  const retryFailed = useRetryFailed();
  const { rows, visibleRows, window, events, eventNotes } = model;
  const fromDay = dayNumber(window.from);
  const toDay = dayNumber(window.to);
  const priceMode = CHART_MODES[view.mode].panels === 'price-and-value';
  const volumeHeight = priceMode ? (heights.volume ?? 0) : 0;
  const fullHeight = heights.price + heights.marketValue + volumeHeight;
  useChartReadyMark(visibleRows.length > 0);
  const drawn = useChartDrawn();
  usePrefetchAfterChart(visibleRows.length > 0 && priceMode);

  if (!rows) {
    if (pricesFailure) {
      return (
        <LoadFailure
          onRetry={retryFailed}
          failure={pricesFailure}
          what="prices"
          retrying={prices.isFetching}
          height={fullHeight}
        />
      );
    }
    if (compact) return <ChartSkeleton height={fullHeight} label="Loading prices…" />;
    // The same boxes as the loaded panel (titles, both charts, the share-count note), so nothing
    // below moves when the data arrives.
    return (
      // Keyed apart from the loaded panel: React must not reuse a placeholder's title as a chart's
      // (a reused node that moves is a layout shift).
      <div key="loading" className="impact-panel impact-panel--loading">
        <h2 className="panel-title">Share price, daily close</h2>
        <ChartSkeleton height={PRICE_CHART_HEIGHT} label="Loading prices…" />
        {volumeHeight > 0 && (
          <>
            <h2 className="panel-title">Volume (shares traded)</h2>
            <ChartSkeleton height={volumeHeight} label="Loading prices…" />
          </>
        )}
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

  const comparisonHeight = compact ? fullHeight : fullHeight - PANEL_TITLE_HEIGHT;
  return (
    <div key="loaded" className="impact-panel">
      <DataIssuesNote symbol={symbol} issues={prices.data?.issues ?? []} />
      {pricesFailure && (
        <LoadFailure
          onRetry={retryFailed}
          failure={pricesFailure}
          what="prices"
          retrying={prices.isFetching}
          kept
        />
      )}
      {priceMode ? (
        <>
          {!compact && (
            <h2 className="panel-title">
              {view.chartType === 'line'
                ? 'Share price, daily close'
                : 'Share price, daily open, high, low and close'}
            </h2>
          )}
          <PriceChart
            rows={visibleRows}
            fromDay={fromDay}
            toDay={toDay}
            events={events}
            eventNotes={eventNotes}
            height={heights.price}
            syncId={SYNC_ID}
            logScale={view.logScale}
            chartType={view.chartType}
            description={describe(
              symbol,
              visibleRows,
              view.chartType === 'line' ? 'Daily closing price' : 'Daily open, high, low and close',
            )}
          />
          {volumeHeight > 0 && !compact && <h2 className="panel-title">Volume (shares traded)</h2>}
          {volumeHeight > 0 &&
            (drawn ? (
              <LazyPart
                what="The volume panel"
                load={loadVolumeChart}
                fallback={<ChartSkeleton height={volumeHeight} label="Loading volume…" />}
                props={{
                  rows: visibleRows,
                  fromDay,
                  toDay,
                  height: volumeHeight,
                  syncId: SYNC_ID,
                  description: describe(symbol, visibleRows, 'Daily volume in shares'),
                }}
              />
            ) : (
              <ChartSkeleton height={volumeHeight} label="Loading volume…" />
            ))}
          {heights.marketValue > 0 && !compact && (
            <h2 className="panel-title">Market value (close × shares outstanding)</h2>
          )}
          {heights.marketValue === 0 ? null : sharesFailure ? (
            <LoadFailure
              onRetry={retryFailed}
              failure={sharesFailure}
              what="share counts"
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
          fallback={<ChartSkeleton height={comparisonHeight} label="Loading the chart…" />}
          props={{ subject: symbol, model, view, height: comparisonHeight, compact }}
        />
      )}
    </div>
  );
}
