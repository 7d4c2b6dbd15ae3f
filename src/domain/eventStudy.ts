import type { PairedReturn } from './returns';
import { RETURN_MODELS, type ReturnModel } from './returnModels';
import { twoSidedPValue } from './studentT';
import type { TradingDate } from './tradingDate';

/**
 * The event study of MacKinlay (1997). A return model (see returnModels.ts) says what "normal" was
 * over an estimation window that ends well before the event, so the event cannot leak into it; the
 * abnormal return is what the model did not expect: AR = R - (a + b Rm).
 */

export interface EstimationRule {
  /** At most this many sessions. */
  length: number;
  /** The window ends this many sessions before day 0 (11: it ends on day -11). */
  endsBefore: number;
  /** Fewer sessions than this and there is no study: "not enough data". */
  minimum: number;
}

export const DEFAULT_ESTIMATION: EstimationRule = { length: 120, endsBefore: 11, minimum: 60 };

/** Event windows in sessions relative to day 0, both ends included. */
export type EventWindow = readonly [number, number];
export const STANDARD_WINDOWS: readonly EventWindow[] = [
  [0, 0],
  [-1, 1],
  [0, 1],
  [-5, 5],
];

export interface WindowResult {
  window: EventWindow;
  /** Sessions in the window. */
  days: number;
  car: number;
  t: number;
  p: number;
}

export interface AbnormalReturn {
  date: TradingDate;
  /** Sessions from day 0 (negative before). */
  day: number;
  value: number;
}

// OLS is general statistics (ols.ts); it is re-exported here for the study's own tests.
export { fitLine, type LinearFit } from './ols';
export type { ReturnModel } from './returnModels';

export interface EventStudy {
  status: 'ok';
  model: ReturnModel;
  day0: TradingDate;
  estimation: { from: TradingDate; to: TradingDate; sessions: number };
  alpha: number;
  beta: number;
  /** Null for the market-adjusted model, which fits nothing. */
  rSquared: number | null;
  /** Residual standard deviation over the estimation window. */
  residualSd: number;
  degreesOfFreedom: number;
  /** Abnormal returns from the start of the estimation window to the end of the data. */
  abnormal: AbnormalReturn[];
  windows: (WindowResult | null)[];
}

export interface NoEventStudy {
  status: 'no-day-0' | 'not-enough-data' | 'no-benchmark';
  reason: string;
}

/** The CAR of one window with its t = CAR / (s sqrt(L)) and two-sided p; null if it leaves the data. */
export function windowResult(
  abnormalByDay: ReadonlyMap<number, number>,
  window: EventWindow,
  residualSd: number,
  degreesOfFreedom: number,
): WindowResult | null {
  const [from, to] = window;
  if (from > to) return null;
  let car = 0;
  for (let day = from; day <= to; day++) {
    const value = abnormalByDay.get(day);
    if (value === undefined) return null;
    car += value;
  }
  const days = to - from + 1;
  const t = car / (residualSd * Math.sqrt(days));
  return { window, days, car, t, p: twoSidedPValue(t, degreesOfFreedom) };
}

/** Runs the study for day 0 over paired returns (see `pairReturns`), in any order. */
export function eventStudy(
  returns: readonly PairedReturn[],
  day0: TradingDate,
  options: {
    model?: ReturnModel;
    estimation?: EstimationRule;
    windows?: readonly EventWindow[];
  } = {},
): EventStudy | NoEventStudy {
  const model = options.model ?? 'market-model';
  const rule = options.estimation ?? DEFAULT_ESTIMATION;
  const windows = options.windows ?? STANDARD_WINDOWS;
  const sorted = [...returns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const zero = sorted.findIndex((point) => point.date === day0);
  if (zero < 0) return { status: 'no-day-0', reason: `no return for both series on ${day0}` };

  const last = zero - rule.endsBefore;
  const first = Math.max(0, last - rule.length + 1);
  const estimation = last >= 0 ? sorted.slice(first, last + 1) : [];
  if (estimation.length < rule.minimum) {
    return {
      status: 'not-enough-data',
      reason: `not enough data: ${estimation.length} sessions before the event window, ${rule.minimum} needed`,
    };
  }

  const { fit, degreesOfFreedom } = RETURN_MODELS[model].fit(
    estimation.map((point) => point.market),
    estimation.map((point) => point.stock),
  );

  const abnormal = sorted.slice(first).map((point, index) => ({
    date: point.date,
    day: first + index - zero,
    value: point.stock - (fit.alpha + fit.beta * point.market),
  }));
  const byDay = new Map(abnormal.map((point) => [point.day, point.value]));
  return {
    status: 'ok',
    model,
    day0,
    estimation: {
      from: estimation[0]?.date ?? day0,
      to: estimation.at(-1)?.date ?? day0,
      sessions: estimation.length,
    },
    alpha: fit.alpha,
    beta: fit.beta,
    rSquared: fit.rSquared,
    residualSd: fit.residualSd,
    degreesOfFreedom,
    abnormal,
    windows: windows.map((window) => windowResult(byDay, window, fit.residualSd, degreesOfFreedom)),
  };
}
