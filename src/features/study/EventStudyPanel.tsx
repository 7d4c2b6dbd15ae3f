import type { PlacedEvent } from '../../domain/eventPlacement';
import type { ImpactAnalysis } from '../../domain/impactAnalysis';
import type { PricesOf } from '../../queries/prices';
import { ChartSkeleton, ErrorState } from '../StatusViews';
import { StudyControls, type StudyControlsProps } from './StudyControls';
import { EventsImpactTable, ModelTable, WindowsTable } from './StudyTables';

export interface EventStudyPanelProps extends StudyControlsProps {
  /** The subject's own prices failed: nothing to study until the chart's Retry succeeds. */
  stockFailed: boolean;
  analysis: ImpactAnalysis | null;
  prices: PricesOf;
  placedEvents: readonly PlacedEvent[];
}

/** How much of the move was the news: the event study against the chosen benchmark, as tables. */
export function EventStudyPanel(props: EventStudyPanelProps) {
  const { analysis, prices, placedEvents, stockFailed, ...controls } = props;
  const benchmarkFailure = prices.failures.find(
    (failure) => failure.symbol === controls.choice.benchmark,
  );
  let body;
  if (benchmarkFailure) {
    body = (
      <ErrorState
        error={benchmarkFailure.error}
        what={`${controls.choice.benchmark} prices`}
        onRetry={prices.retryFailed}
        retrying={prices.isFetching}
      />
    );
  } else if (!analysis) {
    body = stockFailed ? (
      <p className="notice" role="status">
        The study needs the prices the chart above could not load; retry there.
      </p>
    ) : (
      <ChartSkeleton height={220} label="Loading prices…" />
    );
  } else if (analysis.study.status === 'no-benchmark') {
    body = <ChartSkeleton height={220} label="Loading the benchmark…" />;
  } else if (analysis.study.status !== 'ok') {
    body = (
      <p className="notice" role="status">
        No event study: {analysis.study.reason}.
      </p>
    );
  } else {
    body = (
      <div className="study-tables">
        <ModelTable study={analysis.study} benchmark={controls.choice.benchmark} />
        <WindowsTable study={analysis.study} />
      </div>
    );
  }
  return (
    <section className="panel event-study" aria-labelledby="event-study-title">
      <h2 id="event-study-title" className="panel-title">
        Event study: abnormal return against a benchmark
      </h2>
      <p className="panel-note">
        Daily returns from adjusted closes. The market model is fitted by OLS over up to 120
        sessions ending 11 sessions before day 0 (at least 60); AR = R − (α + β·Rm); t = CAR /
        (s·√L) with Student t, n − 2 degrees of freedom (MacKinlay 1997).
      </p>
      <StudyControls {...controls} />
      {body}
      {analysis && <EventsImpactTable events={placedEvents} impacts={analysis.eventImpacts} />}
    </section>
  );
}
