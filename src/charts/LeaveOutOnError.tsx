import { Component, type ReactNode } from 'react';

/**
 * For a part a chart can do without (its tooltip): if its code fails to load or to draw, the part
 * is left out and the chart stays, where a page-level boundary would replace the whole page.
 */
export class LeaveOutOnError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
