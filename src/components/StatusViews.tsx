import type { ReactNode } from 'react';

/** A placeholder of the chart's exact size, so nothing jumps when the data arrives. */
export function ChartSkeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

export interface ErrorStateProps {
  title: string;
  detail: string;
  height?: number;
  /** The way out: a Retry, a reload, a link to the default view. */
  children: ReactNode;
}

/**
 * Something the page could not show, in one look wherever it happens (a request, a part's code, a
 * crash): what failed, in words, and what the reader can do.
 */
export function ErrorState({ title, detail, height, children }: ErrorStateProps) {
  return (
    <div className="error-state" role="alert" style={height ? { minHeight: height } : undefined}>
      <p className="error-state__title">{title}</p>
      <p className="error-state__detail">{detail}</p>
      {children}
    </div>
  );
}
