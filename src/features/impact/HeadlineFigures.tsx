import type { SessionRow } from '../../domain/dailySeries';
import {
  formatMoneyCompact,
  formatPercent,
  formatShares,
  formatUsd,
} from '../../domain/numberFormat';
import { shockDayFigures } from '../../domain/shockDay';
import { formatTradingDate, type TradingDate } from '../../domain/tradingDate';

export interface HeadlineFiguresProps {
  rows: SessionRow[];
  shockDate: TradingDate;
  companyName: string;
}

const day = (date: TradingDate) => formatTradingDate(date, { weekday: true });

/** The shock in four figures, each computed from the rows: close to close, %, market value, rebound. */
export function HeadlineFigures({ rows, shockDate, companyName }: HeadlineFiguresProps) {
  const figures = shockDayFigures(rows, shockDate);
  if (!figures) {
    return (
      <p className="headline-missing" role="status">
        The data has no session on {day(shockDate)} or before it, so the headline figures cannot be
        computed.
      </p>
    );
  }
  const { before, shock, after } = figures;
  return (
    <section className="headline" aria-label="Headline figures">
      <div className="figure" data-figure="closes">
        <p className="figure__label">
          Close, {day(before.date)} → {day(shock.date)}
        </p>
        <p className="figure__value">
          {formatUsd(before.close)} → {formatUsd(shock.close)}
        </p>
      </div>
      <div className="figure" data-figure="change">
        <p className="figure__label">One-day change</p>
        <p className="figure__value down">{formatPercent(figures.changePct)}</p>
      </div>
      <div className="figure" data-figure="market-value">
        <p className="figure__label">Market value lost that day</p>
        <p className="figure__value down">
          {figures.marketValueChange === null
            ? 'share count unknown'
            : formatMoneyCompact(figures.marketValueChange)}
        </p>
        {before.marketValue !== null &&
          shock.marketValue !== null &&
          before.shares &&
          shock.shares && (
            <p className="figure__note">
              {formatMoneyCompact(before.marketValue)} → {formatMoneyCompact(shock.marketValue)},
              using {formatShares(before.shares.shares)} and {formatShares(shock.shares.shares)}{' '}
              shares (as of {formatTradingDate(before.shares.asOf)} and{' '}
              {formatTradingDate(shock.shares.asOf)})
            </p>
          )}
      </div>
      {after && figures.reboundPct !== null && (
        <div className="figure" data-figure="rebound">
          <p className="figure__label">Rebound, {day(after.date)}</p>
          <p className={`figure__value ${figures.reboundPct < 0 ? 'down' : 'up'}`}>
            {formatPercent(figures.reboundPct)}
          </p>
          <p className="figure__note">
            Close {formatUsd(after.close)}
            {figures.reboundMarketValueChange !== null &&
              `, market value ${formatMoneyCompact(figures.reboundMarketValueChange, true)}`}
          </p>
        </div>
      )}
      <p className="headline__note">
        {companyName}&apos;s close-to-close move computed from the official closes in the data.
        Market value uses each day&apos;s latest reported share count, so the loss also holds the
        change in the count between the two reports; press figures for the loss differ because they
        used other closes and counts (see the record drop&apos;s sources).
      </p>
    </section>
  );
}
