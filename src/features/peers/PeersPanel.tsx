import { useId } from 'react';
import { colorOf } from '../../charts/symbolColors';
import type { SessionRow } from '../../domain/dailySeries';
import type { PeerMove } from '../../domain/impactAnalysis';
import { formatMoneyCompact, formatPercent } from '../../domain/numberFormat';
import { formatTradingDate, isTradingDate, type TradingDate } from '../../domain/tradingDate';
import { usePricesOf } from '../../queries/prices';
import { useSymbolNames } from '../../queries/symbols';
import { LoadFailure } from '../../components/LoadFailure';
import { useRetryFailed } from '../../queries/failures';

export interface PeersPanelProps {
  subject: string;
  /** What the panel reads of the dashboard model. */
  model: { rows: readonly SessionRow[] | null; analysis: { peers: readonly PeerMove[] } | null };
  /** What it reads of the reader's choices. */
  view: { peers: readonly string[]; rebaseDate: TradingDate };
  available: readonly string[];
  moveDate: TradingDate;
  onChange: (next: { peers?: string[]; rebaseDate?: TradingDate }) => void;
}

/** Peer toggles, the rebase day, and each symbol's move on the shock day, largest fall first. */
export function PeersPanel(props: PeersPanelProps) {
  const { subject, model, available, moveDate, onChange } = props;
  const { peers: selected, rebaseDate } = props.view;
  const moves = model.analysis?.peers ?? [];
  const id = useId();
  const names = useSymbolNames();
  const prices = usePricesOf(selected);
  const retryFailed = useRetryFailed();
  const shock = model.rows?.find((row) => row.date === moveDate);
  const subjectRow = {
    symbol: subject,
    changePct: shock?.changePct ?? null,
    valueChange: shock?.marketValueChange ?? null,
  };
  const rows = [subjectRow, ...moves.map((move) => ({ ...move, valueChange: null }))].sort(
    (a, b) => (a.changePct ?? Infinity) - (b.changePct ?? Infinity),
  );
  const toggle = (symbol: string) => {
    onChange({
      peers: selected.includes(symbol)
        ? selected.filter((other) => other !== symbol)
        : available.filter((other) => other === symbol || selected.includes(other)),
    });
  };
  const { failures } = prices;

  return (
    <section className="panel peers" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        Peers: {subject} beside the chips, cloud and power names
      </h2>
      <fieldset className="peer-toggles">
        <legend>Compare with</legend>
        {available.map((symbol) => (
          <label key={symbol} className="toggle" title={names.get(symbol)}>
            <input
              type="checkbox"
              data-peer-toggle={symbol}
              checked={selected.includes(symbol)}
              onChange={() => {
                toggle(symbol);
              }}
            />
            <span className="swatch" style={{ background: colorOf(symbol) }} aria-hidden="true" />
            {symbol}
          </label>
        ))}
      </fieldset>
      <span className="date-field">
        <label htmlFor={`${id}-rebase`}>Rebased to 100 on</label>
        <input
          id={`${id}-rebase`}
          type="date"
          value={rebaseDate}
          onChange={(event) => {
            if (isTradingDate(event.target.value)) onChange({ rebaseDate: event.target.value });
          }}
        />
      </span>
      {failures.length > 0 && (
        <LoadFailure
          onRetry={retryFailed}
          failure={{
            error: failures[0]?.error,
            failedAt: Math.max(...failures.map((failure) => failure.failedAt)),
          }}
          what={`prices of ${failures.map((failure) => failure.symbol).join(', ')}`}
          retrying={prices.isFetching}
        />
      )}
      <table className="data-table" data-table="peers">
        <caption>Move on {formatTradingDate(moveDate, { weekday: true })}, close to close</caption>
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Name</th>
            <th scope="col">Change</th>
            <th scope="col">Market value change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.symbol} data-peer-row={row.symbol}>
              <th scope="row">{row.symbol}</th>
              <td>{names.get(row.symbol) ?? ''}</td>
              <td className={(row.changePct ?? 0) < 0 ? 'down' : 'up'}>
                {row.changePct === null ? 'no session' : formatPercent(row.changePct)}
              </td>
              <td>
                {row.valueChange === null
                  ? 'no share count in the data'
                  : formatMoneyCompact(row.valueChange, true)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
