import type { EstimationRule } from './eventStudy';
import { fitLine } from './ols';

/** What "normal" was over the estimation window, and the degrees of freedom its s has. */
export interface NormalReturnFit {
  fit: { alpha: number; beta: number; rSquared: number | null; residualSd: number };
  degreesOfFreedom: number;
}

export interface ReturnModelWords {
  /** Its value of `model=` in the URL. */
  urlName: string;
  /** The control's label. */
  label: string;
  /** In a sentence: "... against QQQ (market model, estimated over ...)". */
  inWords: string;
  /** The model as a formula, for the table's caption. */
  formula: (benchmark: string) => string;
  /** How the model is estimated and t computed, for the study panel's note. */
  method: (rule: EstimationRule) => string;
  /** Fits the model: stock returns on the market's, over the estimation window. */
  fit: (market: readonly number[], stock: readonly number[]) => NormalReturnFit;
}

/**
 * The return models of the event study (MacKinlay 1997), one row each: a new model (constant mean,
 * say) is one entry here.
 */
export const RETURN_MODELS = {
  'market-model': {
    urlName: 'market',
    label: 'Market model (OLS)',
    inWords: 'market model',
    formula: (benchmark) => `Market model: R = α + β·R(${benchmark})`,
    method: (rule) =>
      `The market model is fitted by OLS over up to ${rule.length} sessions ending ${rule.endsBefore} sessions before day 0 (at least ${rule.minimum}); AR = R − (α + β·Rm); t = CAR / (s·√L) with Student t, n − 2 degrees of freedom (MacKinlay 1997).`,
    fit: (market, stock) => ({ fit: fitLine(market, stock), degreesOfFreedom: stock.length - 2 }),
  },
  'market-adjusted': {
    urlName: 'adjusted',
    label: 'Market-adjusted (R − Rm)',
    inWords: 'market-adjusted returns',
    formula: (benchmark) => `Market-adjusted: AR = R − R(${benchmark})`,
    method: (rule) =>
      `The market-adjusted model takes AR = R − Rm; s is the spread of R − Rm over up to ${rule.length} sessions ending ${rule.endsBefore} sessions before day 0 (at least ${rule.minimum}); t = CAR / (s·√L) with Student t, n − 1 degrees of freedom.`,
    // Nothing is fitted: s is the spread of R - Rm over the estimation window (n - 1 df).
    fit: (market, stock) => {
      const excess = stock.map((value, index) => value - (market[index] ?? 0));
      const mean = excess.reduce((sum, value) => sum + value, 0) / excess.length;
      const variance =
        excess.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (excess.length - 1);
      return {
        fit: { alpha: 0, beta: 1, rSquared: null, residualSd: Math.sqrt(variance) },
        degreesOfFreedom: excess.length - 1,
      };
    },
  },
} as const satisfies Record<string, ReturnModelWords>;

export type ReturnModel = keyof typeof RETURN_MODELS;
export const RETURN_MODEL_NAMES = Object.keys(RETURN_MODELS) as ReturnModel[];
