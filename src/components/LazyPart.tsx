import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ErrorState } from './StatusViews';

interface LoadBoundaryProps {
  what: string;
  onRetry: () => void;
  children: ReactNode;
}

/** Catches a part that failed to load or to draw, so the rest of the page stays as it was. */
class LoadBoundary extends Component<LoadBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorState
        title={`${this.props.what} could not be shown.`}
        detail={`${error.message} The rest of the page is unaffected.`}
      >
        <button type="button" onClick={this.props.onRetry}>
          Retry
        </button>
      </ErrorState>
    );
  }
}

export interface LazyPartProps<P extends object> {
  /** Loads the part's code: a module-level function, so that each render does not load it anew. */
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** The part in the reader's words, capitalised: "The navigator". */
  what: string;
  fallback?: ReactNode;
}

/**
 * A part of the page whose code loads on demand. If the code does not arrive (a dropped connection,
 * or a deployment that replaced the files), the part says so with a Retry, rather than the whole
 * page failing. React.lazy keeps a failed load for good, so a retry makes a new one.
 */
export function LazyPart<P extends object>({
  load,
  props,
  what,
  fallback = null,
}: LazyPartProps<P>) {
  const makePart = () => lazy(() => load().then((part) => ({ default: part })));
  const [attempt, setAttempt] = useState(() => ({ count: 0, Part: makePart() }));
  const { Part } = attempt;
  return (
    <LoadBoundary
      key={attempt.count}
      what={what}
      onRetry={() => {
        setAttempt((previous) => ({ count: previous.count + 1, Part: makePart() }));
      }}
    >
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
