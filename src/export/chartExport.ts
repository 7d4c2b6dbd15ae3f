import type { SessionRow } from '../domain/dailySeries';
import type { PlacedEvent } from '../domain/eventPlacement';
import type { ChartMode } from '../domain/vocabulary';
import type { ChartFigure } from './chartSvg';
import type { AbnormalPoint } from './csv';

/** What an export needs besides the chart on screen: its words and the data it draws. */
export interface ChartExport {
  figure: ChartFigure;
  symbol: string;
  mode: ChartMode;
  from: string;
  to: string;
  rows: readonly SessionRow[];
  abnormal: readonly AbnormalPoint[];
  events: readonly PlacedEvent[];
}
