import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '../components/StatusViews';

interface State {
  error: Error | null;
}

/**
 * The last line of defence against a blank page: an error no part of the page handled is named, with
 * a way back to the default view. The message is shown as text.
 */
export class CrashBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The page failed to draw:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorState title="Something on this page failed to draw." detail={error.message}>
        <p>
          <a href="./">Open the default view</a> or{' '}
          <button
            type="button"
            onClick={() => {
              window.location.reload();
            }}
          >
            Reload
          </button>
        </p>
      </ErrorState>
    );
  }
}
