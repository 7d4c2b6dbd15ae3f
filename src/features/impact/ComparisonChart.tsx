import { AbnormalReturnChart } from '../../charts/AbnormalReturnChart';
import { RebasedChart } from '../../charts/RebasedChart';
import { abnormalReturnSeries, rebasedRows } from '../../domain/chartModel';
import { dayNumber, formatTradingDate } from '../../domain/tradingDate';
import { usePricesOf } from '../../queries/prices';
import { LoadFailure } from '../../components/LoadFailure';
import { useRetryFailed } from '../../queries/failures';
import { ChartSkeleton } from '../../components/StatusViews';
import type { MainChartModel, MainChartView } from './mainChart';

export interface ComparisonProps {
  subject: string;
  model: MainChartModel;
  view: MainChartView;
  height: number;
  /** Without the panel title, when the chart has a title of its own (the embed). */
  compact?: boolean;
}

/** The two analytic modes of the main chart: peers rebased, and the abnormal return of the study. */
export function ComparisonChart({
  subject,
  model,
  view,
  height,
  compact = false,
}: ComparisonProps) {
  const { window, events, eventNotes } = model;
  const { benchmark, rebaseDate } = view;
  const study = model.analysis?.study ?? null;
  const rebased = model.compared;
  // The benchmark's own failed request, so the abnormal-return mode says why it cannot draw.
  const benchmarkPrices = usePricesOf([benchmark]);
  const benchmarkFailure = benchmarkPrices.failures[0];
  const retryFailed = useRetryFailed();
  const fromDay = dayNumber(window.from);
  const toDay = dayNumber(window.to);
  const range = `${formatTradingDate(window.from)} to ${formatTradingDate(window.to)}`;

  if (view.mode === 'rebased') {
    if (!rebased) return <ChartSkeleton height={height} label="Loading peers…" />;
    const missing = rebased
      .filter((series) => series.rebased === null)
      .map((series) => series.symbol);
    const drawn = rebased.filter((series) => series.rebased !== null);
    return (
      <>
        <h2 className={compact ? 'visually-hidden' : 'panel-title'}>
          {drawn.map((series) => series.symbol).join(', ')} rebased to 100 on{' '}
          {formatTradingDate(rebaseDate)}
        </h2>
        {missing.length > 0 && (
          <p className="notice" role="status">
            No close on {formatTradingDate(rebaseDate, { weekday: true })} for {missing.join(', ')}:
            pick a trading day to rebase on.
          </p>
        )}
        <RebasedChart
          rows={rebasedRows(drawn, window.from, window.to)}
          symbols={drawn.map((series) => series.symbol)}
          baseDay={dayNumber(rebaseDate)}
          baseDate={rebaseDate}
          fromDay={fromDay}
          toDay={toDay}
          events={events}
          eventNotes={eventNotes}
          height={height}
          // The embed's own legend names the peers, and keeps them when it gives way to the plot.
          legend={!compact}
          description={`Closes of ${subject} and peers rebased to 100 on ${formatTradingDate(rebaseDate)}, ${range}.`}
        />
      </>
    );
  }

  if (benchmarkFailure) {
    return (
      <LoadFailure
        onRetry={retryFailed}
        failure={benchmarkFailure}
        what={`${benchmark} prices`}
        retrying={benchmarkPrices.isFetching}
        height={height}
      />
    );
  }
  if (!study || study.status === 'no-benchmark') {
    return <ChartSkeleton height={height} label="Loading the benchmark…" />;
  }
  if (study.status !== 'ok') {
    return (
      <p className="notice" role="status" style={{ minHeight: height }}>
        No abnormal return to draw: {study.reason}.
      </p>
    );
  }
  return (
    <>
      <h2 className={compact ? 'visually-hidden' : 'panel-title'}>
        Abnormal return of {subject} against {benchmark}, day 0{' '}
        {formatTradingDate(study.day0, { weekday: true })}
      </h2>
      <AbnormalReturnChart
        points={abnormalReturnSeries(study, window.from, window.to)}
        fromDay={fromDay}
        toDay={toDay}
        estimation={{
          fromDay: dayNumber(study.estimation.from),
          toDay: dayNumber(study.estimation.to),
        }}
        day0={dayNumber(study.day0)}
        benchmark={benchmark}
        events={events}
        eventNotes={eventNotes}
        height={height}
        description={`Daily abnormal returns of ${subject} against ${benchmark} and their sum from day -10, ${range}.`}
      />
    </>
  );
}
