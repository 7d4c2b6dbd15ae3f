import type { ChartEvent } from '../../charts/chartEvent';
import type { SessionRow } from '../../domain/dailySeries';
import type { ImpactAnalysis, PeerMove } from '../../domain/impactAnalysis';
import type { TradingDate } from '../../domain/tradingDate';
import type { ChartMode, ChartType } from '../../domain/vocabulary';

/** What the main chart reads of the dashboard model (the model has more; the chart needs this). */
export interface MainChartModel {
  /** Every session; null until the prices arrive. */
  rows: readonly SessionRow[] | null;
  visibleRows: SessionRow[];
  window: { from: TradingDate; to: TradingDate };
  events: ChartEvent[];
  eventNotes: ReadonlyMap<string, string>;
  analysis: Pick<ImpactAnalysis, 'study'> | null;
  compared: readonly PeerMove[] | null;
}

/** What the main chart reads of the reader's choices. */
export interface MainChartView {
  mode: ChartMode;
  logScale: boolean;
  /** How the price is drawn: only the price mode has sessions to draw as candles. */
  chartType: ChartType;
  benchmark: string;
  rebaseDate: TradingDate;
}
