import type { SessionRow } from '../domain/dailySeries';
import type { ImpactAnalysis } from '../domain/impactAnalysis';
import { plainLine } from '../domain/plainLine';
import type { TradingDate } from '../domain/tradingDate';
import type { MarketEvent, OverlayKind } from '../domain/types';
import type { ChartMode, ChartType } from '../domain/vocabulary';

/**
 * A story told in steps: each step is a view of the chart and a caption. A step holds choices and
 * words only; every number its caption shows is filled in from the data (captions.ts), never typed.
 */

/** What a step sets of the reader's view. What it leaves out stays as the reader had it. */
export interface StepView {
  from: TradingDate;
  to: TradingDate;
  mode?: ChartMode;
  chartType?: ChartType;
  logScale?: boolean;
  /** Kinds of overlay this step leaves off the chart. */
  hiddenKinds?: readonly OverlayKind[];
  /** The events (by id) and the reader's notes (by annotationId) this step points the reader to. */
  highlight?: readonly string[];
}

export interface StoryStep {
  /** A short title; it may hold placeholders too. */
  title: string;
  /** One to three sentences, with `{placeholder}`s filled from the data (see captions.ts). */
  caption: string;
  view: StepView;
}

/** At most this many steps in a story: a walk-through, not a slideshow of everything. */
export const MAX_STEPS = 12;
/** A title is one short line, shown above the caption and on a slide. */
export const STEP_TITLE_MAX_LENGTH = 80;
/** Room for three sentences with their placeholders. */
export const STEP_CAPTION_MAX_LENGTH = 400;

/** A step's title as the page keeps it: one plain line, never markup. */
export const cleanStepTitle = (text: string): string => plainLine(text, STEP_TITLE_MAX_LENGTH);
/** A step's caption as the page keeps it: plain text on one line (sentences, not paragraphs). */
export const cleanStepCaption = (text: string): string => plainLine(text, STEP_CAPTION_MAX_LENGTH);

/** What a caption's figures are computed from: the page's own data, as the headline uses it. */
export interface CaptionInput {
  /** Every session of the subject (not only the window's). */
  rows: readonly SessionRow[];
  /** The events of the story, as the API gave them. */
  events: readonly MarketEvent[];
  /** The event study and the peers' moves, once computed; null until then. */
  analysis: ImpactAnalysis | null;
  symbol: string;
  companyName: string;
  shockDate: TradingDate;
  benchmark: string;
}

/** A step's words with every placeholder filled, and the placeholders the data could not fill. */
export interface FilledStep {
  title: string;
  caption: string;
  /** Placeholders left unfilled (the data is not there yet, or the name is unknown). */
  missing: readonly string[];
}
