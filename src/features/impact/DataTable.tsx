import {
  formatCount,
  formatMoneyCompact,
  formatPercent,
  formatUsd,
} from '../../domain/numberFormat';
import { formatTradingDate } from '../../domain/tradingDate';
import type { ChartDataTableProps } from './ChartDataTable';

/**
 * The data behind the chart, a row a session: its code loads once the chart is drawn, as the table
 * sits closed under it until a reader opens it.
 */
export function DataTable({
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
    <>
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
    </>
  );
}
