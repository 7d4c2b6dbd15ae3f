import type { CaptionInput, FilledStep, StoryStep } from '../../story/steps';

/** A story's steps and how their words are filled from the data: what a page tells. */
export interface StoryTelling {
  steps: readonly StoryStep[];
  /**
   * Every figure a caption may name, computed once for the page's data; by default captions.ts's,
   * which loads with the stepper, so a page with no story open does not load it.
   */
  captionFigures?: (input: CaptionInput) => ReadonlyMap<string, string>;
  /** A step's words with its figures filled in; by default captions.ts's. */
  fillStep?: (step: StoryStep, figures: ReadonlyMap<string, string>) => FilledStep;
}

/** A story open on the page: which step is shown, and how the reader moves or leaves. */
export interface StoryReading {
  telling: StoryTelling;
  /** The step shown, from 0. */
  index: number;
  go: (index: number) => void;
  /** Back to the reader's own view, as it was before the story. */
  leave: () => void;
}

/** A page told no story: `story=` opens nothing (and says so). */
export const NO_TELLING: StoryTelling = { steps: [] };

const NONE: readonly string[] = [];

/** The events and notes the step shown points the reader to (one empty list for none). */
export const highlightOf = (reading: StoryReading | null): readonly string[] =>
  (reading && reading.telling.steps[reading.index]?.view.highlight) ?? NONE;
