import type { SessionRow } from './dailySeries';
import type { TradingDate } from './tradingDate';

/** The headline of a shock: the session before, the shock session, and the one after. */
export interface ShockDayFigures {
  before: SessionRow;
  shock: SessionRow;
  after: SessionRow | null;
  /** Close-to-close change of the shock session, as a fraction (-0.1697 for -16.97%). */
  changePct: number;
  /** Market value on the shock day minus the session before, in dollars; null without share counts. */
  marketValueChange: number | null;
  reboundPct: number | null;
  reboundMarketValueChange: number | null;
}

/** Computes the headline from the rows; null when the shock day or the session before is missing. */
export function shockDayFigures(
  rows: readonly SessionRow[],
  shockDate: TradingDate,
): ShockDayFigures | null {
  const index = rows.findIndex((row) => row.date === shockDate);
  const shock = rows[index];
  const before = rows[index - 1];
  if (index < 1 || !shock || !before) return null;
  const after = rows[index + 1] ?? null;
  return {
    before,
    shock,
    after,
    changePct: shock.close / before.close - 1,
    marketValueChange:
      shock.marketValue !== null && before.marketValue !== null
        ? shock.marketValue - before.marketValue
        : null,
    reboundPct: after ? after.close / shock.close - 1 : null,
    reboundMarketValueChange:
      after?.marketValue != null && shock.marketValue !== null
        ? after.marketValue - shock.marketValue
        : null,
  };
}
