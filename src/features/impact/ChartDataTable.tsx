import { useChartDrawn } from '../../charts/useChartReadyMark';
import { LazyPart } from '../../components/LazyPart';
import type { ChartDescription } from '../../domain/chartDescription';
import type { PeerMove } from '../../domain/impactAnalysis';
import type { ChartExport } from '../../export/chartExport';

export interface ChartDataTableProps {
  description: ChartDescription;
  chart: ChartExport;
  /** The rebased series drawn in the peers mode; none in the others. */
  rebased: readonly PeerMove[];
  /** Candles or OHLC bars are drawn: the table has each session's open, high and low too. */
  ranges?: boolean;
  /** The volume panel is drawn: the table has each session's volume. */
  volume?: boolean;
}

const loadDataTable = () => import('./DataTable').then((module) => module.DataTable);

/**
 * The chart as words and as a table: what a screen reader, a reader who cannot tell the lines apart,
 * or one who wants the exact figure gets instead of the picture. The words come with the chart; the
 * table's code once the chart is drawn (it is closed until opened).
 */
export function ChartDataTable(props: ChartDataTableProps) {
  const drawn = useChartDrawn();
  return (
    <details className="chart-data">
      <summary>Describe this chart and show its data ({props.chart.rows.length} sessions)</summary>
      <p className="chart-data__description">{props.description.alt}</p>
      {drawn && <LazyPart what="The data table" load={loadDataTable} props={props} />}
    </details>
  );
}
