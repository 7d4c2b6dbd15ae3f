import { describeIssue, isDroppedRow, type DataIssue } from '../../domain/normalizeBars';
import { formatTradingDate } from '../../domain/tradingDate';

/** What the data cleaning dropped, repaired or flagged, counted, so nothing is lost silently. */
export function DataIssuesNote({
  symbol,
  issues,
}: {
  symbol: string;
  issues: readonly DataIssue[];
}) {
  if (issues.length === 0) return null;
  const dropped = issues.filter(isDroppedRow).reduce((sum, issue) => sum + issue.count, 0);
  const format = (date: string) => formatTradingDate(date, { year: true });
  return (
    <div className="notice data-issues" role="status" data-testid="data-issues">
      <p>
        {dropped > 0
          ? `${dropped} ${dropped === 1 ? 'row' : 'rows'} of ${symbol} prices ignored; `
          : `${symbol} prices: `}
        {issues.map((issue) => describeIssue(issue, format)).join('; ')}.
      </p>
    </div>
  );
}
