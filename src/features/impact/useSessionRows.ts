import { useMemo } from 'react';
import { buildSessionRows } from '../../domain/dailySeries';
import { usePrices } from '../../queries/prices';
import { useShares } from '../../queries/shares';

/**
 * The symbol's session rows: prices joined with the share-count history. Market value needs the
 * shares, but the price chart does not wait for them: rows come without market value until then.
 */
export function useSessionRows(symbol: string) {
  const prices = usePrices(symbol);
  const shares = useShares(symbol);
  const rows = useMemo(
    () =>
      prices.data
        ? buildSessionRows(prices.data.bars, shares.data?.points ?? [], prices.data.breaks)
        : null,
    [prices.data, shares.data],
  );
  return { prices, shares, rows };
}
