import { Component, Suspense, type ReactNode } from 'react';

class LeaveOutOnError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A part a chart can do without (its tooltip, an event's card), with code of its own: nothing shows
 * while that code loads, and if it fails to load or to draw the part is left out and the chart
 * stays, where a page-level boundary would replace the whole page.
 */
export function OptionalPart({ children }: { children: ReactNode }) {
  return (
    <LeaveOutOnError>
      <Suspense fallback={null}>{children}</Suspense>
    </LeaveOutOnError>
  );
}
