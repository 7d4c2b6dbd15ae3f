import type { PlacedEvent } from '../../domain/eventPlacement';
import { DEFAULT_ESTIMATION } from '../../domain/eventStudy';
import { RETURN_MODELS } from '../../domain/returnModels';
import type { ImpactAnalysis } from '../../domain/impactAnalysis';
import { usePricesOf } from '../../queries/prices';
import { useSymbolNames } from '../../queries/symbols';
import { LoadFailure } from '../../components/LoadFailure';
import { useRetryFailed } from '../../queries/failures';
import { ChartSkeleton } from '../../components/StatusViews';
import { StudyControls, type StudyControlsProps } from './StudyControls';
import { EventsImpactTable, ModelTable, WindowsTable } from './StudyTables';

export interface EventStudyPanelProps extends Omit<
  StudyControlsProps,
  'benchmarks' | 'events' | 'window'
> {
  /** What the panel reads of the dashboard model. */
  model: {
    analysis: ImpactAnalysis | null;
    placedEvents: readonly PlacedEvent[];
    window: StudyControlsProps['window'];
    /** The subject's own prices failed: nothing to study until the chart's Retry succeeds. */
    pricesFailed: boolean;
  };
  /** The symbols a return can be measured against. */
  benchmarks: readonly string[];
}

/** How much of the move was the news: the event study against the chosen benchmark, as tables. */
export function EventStudyPanel(props: EventStudyPanelProps) {
  const { model, benchmarks, ...controls } = props;
  const { analysis, placedEvents, pricesFailed } = model;
  const names = useSymbolNames();
  const benchmark = usePricesOf([controls.choice.benchmark]);
  const benchmarkFailure = benchmark.failures[0];
  const retryFailed = useRetryFailed();
  let body;
  if (benchmarkFailure) {
    body = (
      <LoadFailure
        onRetry={retryFailed}
        failure={benchmarkFailure}
        what={`${controls.choice.benchmark} prices`}
        retrying={benchmark.isFetching}
      />
    );
  } else if (!analysis) {
    body = pricesFailed ? (
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
        Daily returns from adjusted closes.{' '}
        {RETURN_MODELS[controls.choice.model].method(DEFAULT_ESTIMATION)}
      </p>
      <StudyControls
        {...controls}
        benchmarks={benchmarks.map((symbol) => ({ symbol, name: names.get(symbol) ?? symbol }))}
        events={placedEvents}
        window={model.window}
      />
      {body}
      {analysis && <EventsImpactTable events={placedEvents} impacts={analysis.eventImpacts} />}
    </section>
  );
}
