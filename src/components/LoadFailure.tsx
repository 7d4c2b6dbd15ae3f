import { describeError } from './errorMessage';
import { ErrorState } from './StatusViews';
import { triedAgainSentence } from './triedAgain';
import { useRepeatedFailure } from './useRepeatedFailure';

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

/**
 * Data that could not be loaded, with a Retry; a Retry that brings the same answer back says so,
 * and when, and what would help instead.
 */
export function LoadFailure(props: LoadFailureProps) {
  const { failure, what, onRetry, retrying, height, kept = false } = props;
  const { title, detail, help } = describeError(failure.error, what);
  const repeat = useRepeatedFailure(what, failure.failedAt, `${title}. ${detail}`);
  const triedAgain = repeat && !retrying ? triedAgainSentence(repeat, help) : '';
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
    // The banner is a polite live region of its own: the line is read out with it.
    return (
      <div className="stale-banner" role="status">
        {title}. Showing the data loaded earlier. {retry}{' '}
        <span className="error-state__retried">{triedAgain}</span>
      </div>
    );
  }
  return (
    <ErrorState title={title} detail={detail} height={height}>
      {retry}
      {/* Polite, inside the alert, and always there: a region that appears with its text is often
          not read out, and the alert's own text does not change when the answer is the same. */}
      <p className="error-state__retried" role="status" aria-live="polite">
        {triedAgain}
      </p>
    </ErrorState>
  );
}
