import type { EventStudy } from '../../domain/eventStudy';
import type { EventImpact } from '../../domain/impactAnalysis';
import type { NoEventStudy } from '../../domain/eventStudy';
import type { PlacedEvent } from '../../domain/eventPlacement';
import { formatPercent } from '../../domain/numberFormat';
import { RETURN_MODELS } from '../../domain/returnModels';
import { formatTradingDate } from '../../domain/tradingDate';
import { formatP, formatT, formatWindow } from './statsFormat';

const day = (date: string) => formatTradingDate(date, { weekday: true });

/** The fitted model: what "normal" was, over which sessions. */
export function ModelTable({ study, benchmark }: { study: EventStudy; benchmark: string }) {
  const marketModel = study.model === 'market-model';
  return (
    <table className="data-table" data-table="model">
      <caption>
        {RETURN_MODELS[study.model].formula(benchmark)}, day 0 {day(study.day0)}
      </caption>
      <tbody>
        <tr>
          <th scope="row">Estimation window</th>
          <td>
            {day(study.estimation.from)} to {day(study.estimation.to)} ({study.estimation.sessions}{' '}
            sessions)
          </td>
        </tr>
        <tr>
          <th scope="row">α (daily)</th>
          <td>{marketModel ? formatPercent(study.alpha, 3) : '0 (fixed)'}</td>
        </tr>
        <tr>
          <th scope="row">β</th>
          <td>{marketModel ? study.beta.toFixed(3) : '1 (fixed)'}</td>
        </tr>
        <tr>
          <th scope="row">R²</th>
          <td>{study.rSquared === null ? 'n/a' : study.rSquared.toFixed(3)}</td>
        </tr>
        <tr>
          <th scope="row">Residual s.d. (daily)</th>
          <td>
            {formatPercent(study.residualSd, 2, false)} ({study.degreesOfFreedom} degrees of
            freedom)
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** CAR over each window, with t = CAR / (s·√L) and its two-sided p value. */
export function WindowsTable({ study }: { study: EventStudy }) {
  return (
    <table className="data-table" data-table="windows">
      <caption>Cumulative abnormal return (CAR) by window, sessions around day 0</caption>
      <thead>
        <tr>
          <th scope="col">Window</th>
          <th scope="col">Sessions</th>
          <th scope="col">CAR</th>
          <th scope="col">t</th>
          <th scope="col">p (two-sided)</th>
        </tr>
      </thead>
      <tbody>
        {study.windows.map((result, index) =>
          result ? (
            <tr key={`${result.window.join()}-${index}`} data-window={result.window.join(',')}>
              <td>{formatWindow(result.window)}</td>
              <td>{result.days}</td>
              <td className={result.car < 0 ? 'down' : 'up'}>{formatPercent(result.car)}</td>
              <td>{formatT(result.t)}</td>
              <td>{formatP(result.p)}</td>
            </tr>
          ) : (
            <tr key={`missing-${index}`}>
              <td colSpan={5}>A window reaches beyond the data and is not computed.</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** Each event's own study: AR on its day 0 and CAR over [-1, +1]. */
export function EventsImpactTable({
  events,
  impacts,
}: {
  events: readonly PlacedEvent[];
  impacts: ReadonlyMap<string, EventImpact | NoEventStudy>;
}) {
  return (
    <table className="data-table" data-table="events">
      <caption>Each event against the benchmark (its own day 0 and estimation window)</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Day 0</th>
          <th scope="col">AR(0)</th>
          <th scope="col">t</th>
          <th scope="col">p</th>
          <th scope="col">CAR[-1,+1]</th>
          <th scope="col">t</th>
          <th scope="col">p</th>
        </tr>
      </thead>
      <tbody>
        {events.map((placed) => {
          const impact = impacts.get(placed.event.id);
          if (!impact || 'status' in impact) {
            return (
              <tr key={placed.event.id}>
                <td>{placed.event.title}</td>
                <td colSpan={7}>{impact?.reason ?? 'not computed'}</td>
              </tr>
            );
          }
          const cells = (result: typeof impact.ar0) =>
            result
              ? [formatPercent(result.car), formatT(result.t), formatP(result.p)]
              : ['beyond the data', '', ''];
          return (
            <tr key={placed.event.id} data-event-row={placed.event.id}>
              <td>{placed.event.title}</td>
              <td>{formatTradingDate(impact.day0, { weekday: true })}</td>
              {[...cells(impact.ar0), ...cells(impact.car)].map((text, index) => (
                <td key={index}>{text}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
