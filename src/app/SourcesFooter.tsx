/** Where every figure comes from, in the words a report's source line needs. */
export function SourcesFooter({ dataMode }: { dataMode: string }) {
  return (
    <footer className="sources">
      <p>
        <strong>Sources.</strong> Prices: Nasdaq, Yahoo Finance and Interactive Brokers daily bars
        (official closes, as traded). Shares outstanding: NVIDIA Form 10-Q/10-K. Events: the sources
        linked in each event&apos;s card. Market value is the close times the latest reported share
        count on or before that day.
      </p>
      <p className="muted">Data: {dataMode}.</p>
    </footer>
  );
}
