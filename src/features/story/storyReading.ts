import type { CaptionInput, FilledStep, StoryStep } from '../../story/steps';

/** A story's steps and how their words are filled from the data (captions.ts): what a page tells. */
export interface StoryTelling {
  steps: readonly StoryStep[];
  /** Every figure a caption may name, computed once for the page's data. */
  captionFigures: (input: CaptionInput) => ReadonlyMap<string, string>;
  fillStep: (step: StoryStep, figures: ReadonlyMap<string, string>) => FilledStep;
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

const NO_FIGURES: ReadonlyMap<string, string> = new Map();

/** A page told no story: `story=` opens nothing (and says so). */
export const NO_TELLING: StoryTelling = {
  steps: [],
  captionFigures: () => NO_FIGURES,
  fillStep: ({ title, caption }) => ({ title, caption, missing: [] }),
};

/** The events and notes the step shown points the reader to. */
export const highlightOf = (reading: StoryReading | null): readonly string[] =>
  (reading && reading.telling.steps[reading.index]?.view.highlight) ?? [];
