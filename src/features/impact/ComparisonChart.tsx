import { AbnormalReturnChart } from '../../charts/AbnormalReturnChart';
import type { ChartEvent } from '../../charts/chartEvent';
import { RebasedChart } from '../../charts/RebasedChart';
import { abnormalReturnSeries, rebasedRows } from '../../domain/chartModel';
import type { EventStudy, NoEventStudy } from '../../domain/eventStudy';
import type { PeerMove } from '../../domain/impactAnalysis';
import { dayNumber, formatTradingDate, type TradingDate } from '../../domain/tradingDate';
import type { ComparisonMode } from '../../domain/vocabulary';
import { ChartSkeleton, ErrorState } from '../StatusViews';

export interface ComparisonProps {
  mode: ComparisonMode;
  window: { from: TradingDate; to: TradingDate };
  events: ChartEvent[];
  eventNotes: ReadonlyMap<string, string>;
  height: number;
  subject: string;
  benchmark: string;
  study: EventStudy | NoEventStudy | null;
  rebased: readonly { symbol: string; rebased: PeerMove['rebased'] }[] | null;
  rebaseDate: TradingDate;
  /** The benchmark's failed request, so the abnormal-return mode shows why it cannot draw. */
  benchmarkFailure: { error: Error; retry: () => void; retrying: boolean } | null;
  /** Without the panel title, when the chart has a title of its own (the embed). */
  compact?: boolean;
}

/** The two analytic modes of the main chart: peers rebased, and the abnormal return of the study. */
export function ComparisonChart(props: ComparisonProps) {
  const {
    mode,
    window,
    events,
    eventNotes,
    height,
    subject,
    benchmark,
    study,
    rebased,
    rebaseDate,
  } = props;
  const { benchmarkFailure, compact = false } = props;
  const fromDay = dayNumber(window.from);
  const toDay = dayNumber(window.to);
  const range = `${formatTradingDate(window.from)} to ${formatTradingDate(window.to)}`;

  if (mode === 'rebased') {
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
          description={`Closes of ${subject} and peers rebased to 100 on ${formatTradingDate(rebaseDate)}, ${range}.`}
        />
      </>
    );
  }

  if (benchmarkFailure) {
    return (
      <ErrorState
        error={benchmarkFailure.error}
        what={`${benchmark} prices`}
        onRetry={benchmarkFailure.retry}
        retrying={benchmarkFailure.retrying}
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
