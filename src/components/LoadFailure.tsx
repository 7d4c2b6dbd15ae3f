import { describeError } from './errorMessage';
import { ErrorState } from './StatusViews';

/** A request that failed: its error, and when it came back (the query's errorUpdatedAt). */
export interface Failure {
  error: unknown;
  failedAt: number;
}

export interface LoadFailureProps {
  failure: Failure;
  /** The data in the reader's words: "prices", "QQQ prices". */
  what: string;
  /** Asks again for everything that failed on the page, not only this panel's data (useRetryFailed). */
  onRetry: () => void;
  /** Its request is out again. */
  retrying: boolean;
  height?: number;
  /** Older data stays on screen: a one-line banner over it rather than a box in its place. */
  kept?: boolean;
}

/** Data that could not be loaded, in words, with a Retry that keeps every choice the reader made. */
export function LoadFailure(props: LoadFailureProps) {
  const { failure, what, onRetry, retrying, height, kept = false } = props;
  const { title, detail } = describeError(failure.error, what);
  // aria-disabled, not disabled: a disabled button drops the focus, and the reader's place with it.
  const retry = (
    <button
      type="button"
      className={kept ? 'link-button' : undefined}
      aria-disabled={retrying}
      onClick={() => {
        if (!retrying) onRetry();
      }}
    >
      {retrying ? 'Retrying…' : 'Retry'}
    </button>
  );

  if (kept) {
    return (
      <div className="stale-banner" role="status">
        {title}. Showing the data loaded earlier. {retry}
      </div>
    );
  }
  return (
    <ErrorState title={title} detail={detail} height={height}>
      {retry}
    </ErrorState>
  );
}
