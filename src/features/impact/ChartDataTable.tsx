import type { ChartDescription } from '../../domain/chartDescription';
import type { PeerMove } from '../../domain/impactAnalysis';
import {
  formatCount,
  formatMoneyCompact,
  formatPercent,
  formatUsd,
} from '../../domain/numberFormat';
import { formatTradingDate } from '../../domain/tradingDate';
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

/**
 * The chart as words and as a table: what a screen reader, a reader who cannot tell the lines apart,
 * or one who wants the exact figure gets instead of the picture.
 */
export function ChartDataTable({
  description,
  chart,
  ranges = false,
  volume = false,
  ...props
}: ChartDataTableProps) {
  const rebased = props.rebased.flatMap((series) =>
    series.rebased
      ? [
          {
            symbol: series.symbol,
            values: new Map(series.rebased.map((point) => [point.date, point.value])),
          },
        ]
      : [],
  );
  const abnormal = new Map(chart.abnormal.map((point) => [point.date, point]));
  const eventsOn = new Map<string, string[]>();
  for (const placed of chart.events) {
    const day = placed.sessionOfEffect;
    if (day) eventsOn.set(day, [...(eventsOn.get(day) ?? []), placed.event.title]);
  }
  const hasAbnormal = abnormal.size > 0;
  return (
    <details className="chart-data">
      <summary>Describe this chart and show its data ({chart.rows.length} sessions)</summary>
      <p className="chart-data__description">{description.alt}</p>
      {/* Focusable, so a keyboard can scroll a long table. */}
      <div className="chart-data__scroll" tabIndex={0} role="region" aria-label="Data table">
        <table className="data-table">
          <caption>{description.title}</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              {ranges && (
                <>
                  <th scope="col">Open</th>
                  <th scope="col">High</th>
                  <th scope="col">Low</th>
                </>
              )}
              <th scope="col">Close</th>
              <th scope="col">Change</th>
              {volume && <th scope="col">Volume (shares)</th>}
              <th scope="col">Market value</th>
              {hasAbnormal && <th scope="col">Abnormal return</th>}
              {hasAbnormal && <th scope="col">CAR from day -10</th>}
              {rebased.map((series) => (
                <th scope="col" key={series.symbol}>
                  {series.symbol} (rebased)
                </th>
              ))}
              <th scope="col">Events taking effect</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => {
              const study = abnormal.get(row.date);
              return (
                <tr key={row.date}>
                  <th scope="row">{formatTradingDate(row.date, { weekday: true })}</th>
                  {ranges && (
                    <>
                      <td>{formatUsd(row.open)}</td>
                      <td>{formatUsd(row.high)}</td>
                      <td>{formatUsd(row.low)}</td>
                    </>
                  )}
                  <td>{formatUsd(row.close)}</td>
                  <td>{row.changePct === null ? '–' : formatPercent(row.changePct)}</td>
                  {volume && (
                    <td data-field="volume">
                      {row.volume === null ? '–' : formatCount(row.volume)}
                    </td>
                  )}
                  <td>{row.marketValue === null ? '–' : formatMoneyCompact(row.marketValue)}</td>
                  {hasAbnormal && <td>{study ? formatPercent(study.ar) : '–'}</td>}
                  {hasAbnormal && <td>{study?.car == null ? '–' : formatPercent(study.car)}</td>}
                  {rebased.map((series) => {
                    const value = series.values.get(row.date);
                    return (
                      <td key={series.symbol}>{value === undefined ? '–' : value.toFixed(1)}</td>
                    );
                  })}
                  <td>{eventsOn.get(row.date)?.join('; ') ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
