import { describeError } from './errorMessage';

/** A placeholder of the chart's exact size, so nothing jumps when the data arrives. */
export function ChartSkeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

export interface ErrorStateProps {
  error: unknown;
  what: string;
  onRetry: () => void;
  retrying: boolean;
  height?: number;
}

/** What failed, in words, and a Retry that keeps every choice the reader made. */
export function ErrorState({ error, what, onRetry, retrying, height }: ErrorStateProps) {
  const { title, detail } = describeError(error, what);
  return (
    <div className="error-state" role="alert" style={height ? { minHeight: height } : undefined}>
      <p className="error-state__title">{title}</p>
      <p className="error-state__detail">{detail}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

/** A one-line banner for a refresh that failed while older data stays on screen. */
export function StaleBanner({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what: string;
  onRetry: () => void;
}) {
  const { title } = describeError(error, what);
  return (
    <div className="stale-banner" role="status">
      {title}. Showing the data loaded earlier.{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
