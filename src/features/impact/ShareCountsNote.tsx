import { shareCountsUsed, type SessionRow } from '../../domain/dailySeries';
import { formatShares } from '../../domain/numberFormat';
import { formatTradingDate } from '../../domain/tradingDate';

/** Names every share count the visible market values use, with its filing, and the days with none. */
export function ShareCountsNote({ rows }: { rows: SessionRow[] }) {
  const counts = shareCountsUsed(rows);
  const withoutCount = rows.filter((row) => row.shares === null);
  const firstWithout = withoutCount[0];
  const lastWithout = withoutCount.at(-1);
  return (
    <div className="share-counts">
      {firstWithout && lastWithout && (
        <p data-testid="no-share-count">
          No market value for {withoutCount.length} session{withoutCount.length > 1 ? 's' : ''} (
          {formatTradingDate(firstWithout.date)} to {formatTradingDate(lastWithout.date)}): the data
          has no share count dated on or before them, and none is estimated.
        </p>
      )}
      {counts.length > 0 && (
        <p>Shares outstanding used, each from its as-of date until the next report:</p>
      )}
      <ul>
        {counts.map((point) => (
          <li key={point.asOf}>
            <strong>{formatShares(point.shares)}</strong> as of {formatTradingDate(point.asOf)}:{' '}
            {point.source}
          </li>
        ))}
      </ul>
    </div>
  );
}
