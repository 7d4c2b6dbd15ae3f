import { useCallback, useState } from 'react';
import { linkLength } from '../../app/url/notesCodec';
import { STEPS_MAX_LINK_LENGTH, stepsFit, writeSteps } from '../../app/url/stepsCodec';
import { formatTradingDate } from '../../domain/tradingDate';
import type { OverlayKind } from '../../domain/types';
import { CHART_MODES, type ChartMode, type ChartType } from '../../domain/vocabulary';
import {
  cleanStepCaption,
  cleanStepTitle,
  MAX_STEPS,
  type StepView,
  type StoryStep,
} from '../../story/steps';

/** Which control of a step takes focus next: its title (just added), or a move button. */
export type StepControl = 'title' | 'up' | 'down';

export interface StoryEditor {
  steps: readonly StoryStep[];
  /** Adds `view` as the last step, titled with its window; false when the story is full. */
  add: (view: StepView) => boolean;
  /** Changes a step's title or caption (cleaned); refused when the link would overflow. */
  write: (index: number, words: { title?: string; caption?: string }) => void;
  /** Gives a step the reader's current view, keeping its words and what it highlights. */
  reframe: (index: number, view: StepView) => void;
  /** Swaps a step with the one before (-1) or after (1). */
  move: (index: number, by: -1 | 1) => void;
  remove: (index: number) => void;
  /** Puts other steps in place of these (a story file opened), already fitted to the link. */
  replace: (steps: readonly StoryStep[]) => void;
  /** Why the last change was refused, for a status line; null when it was not. */
  refusal: string | null;
  /** The control that should take focus, with a counter to ask again for the same one. */
  focus: { index: number; control: StepControl; ask: number } | null;
}

export const STORY_FULL = `A story holds at most ${String(MAX_STEPS)} steps: delete one first.`;
export const LINK_FULL = `The link holds a story in at most ${STEPS_MAX_LINK_LENGTH.toLocaleString('en-US')} characters: shorten a caption or delete a step first.`;

/** "13 Jan to 7 Feb 2025", or "16 Dec 2024 to 24 Jan 2025" across a year's end. */
export function windowWords({ from, to }: Pick<StepView, 'from' | 'to'>): string {
  const year = from.slice(0, 4) !== to.slice(0, 4);
  return `${formatTradingDate(from, { year })} to ${formatTradingDate(to)}`;
}

/**
 * The step a reader's view makes. It keeps only the choices the view's mode uses (no chart type
 * where nothing is drawn as sessions, no log axis where the mode has none), so the link stays short.
 */
export function stepViewOf(view: {
  from: StepView['from'];
  to: StepView['to'];
  mode: ChartMode;
  chartType: ChartType;
  logScale: boolean;
  hiddenKinds: readonly OverlayKind[];
}): StepView {
  const words = CHART_MODES[view.mode];
  return {
    from: view.from,
    to: view.to,
    mode: view.mode,
    ...(words.sessions ? { chartType: view.chartType } : {}),
    ...(words.logScale ? { logScale: view.logScale } : {}),
    ...(view.hiddenKinds.length > 0 ? { hiddenKinds: [...view.hiddenKinds] } : {}),
  };
}

const lengthOf = (steps: readonly StoryStep[]) => linkLength(writeSteps(steps));

/**
 * What a reader's edits do to their story's steps: every change goes out through `onChange` at once
 * (the page writes it to `steps=`). A change that would pass MAX_STEPS, or make the link longer than
 * it holds, is refused with a reason; one that shortens an overlong story is always let through.
 */
export function useStoryEditor(
  steps: readonly StoryStep[],
  onChange: (steps: readonly StoryStep[]) => void,
): StoryEditor {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [focus, setFocus] = useState<StoryEditor['focus']>(null);
  const focusOn = (index: number, control: StepControl) => {
    setFocus((previous) => ({ index, control, ask: (previous?.ask ?? 0) + 1 }));
  };
  /** Keeps `next` when the story and the link hold it; says why not when they do not. */
  const apply = useCallback(
    (next: readonly StoryStep[]) => {
      const why =
        next.length > MAX_STEPS && next.length > steps.length
          ? STORY_FULL
          : !stepsFit(next) && lengthOf(next) > lengthOf(steps)
            ? LINK_FULL
            : null;
      setRefusal(why);
      if (why === null) onChange(next);
      return why === null;
    },
    [onChange, steps],
  );
  const changeAt = (index: number, change: (step: StoryStep) => StoryStep) =>
    apply(steps.map((step, at) => (at === index ? change(step) : step)));
  return {
    steps,
    add: (view) => {
      const added = apply([
        ...steps,
        { title: cleanStepTitle(windowWords(view)), caption: '', view },
      ]);
      if (added) focusOn(steps.length, 'title');
      return added;
    },
    write: (index, words) => {
      changeAt(index, (step) => ({
        ...step,
        ...(words.title === undefined ? {} : { title: cleanStepTitle(words.title) }),
        ...(words.caption === undefined ? {} : { caption: cleanStepCaption(words.caption) }),
      }));
    },
    reframe: (index, view) => {
      // The reader's view highlights nothing: the step keeps the events it points to.
      changeAt(index, (step) => ({
        ...step,
        view: step.view.highlight ? { ...view, highlight: step.view.highlight } : view,
      }));
    },
    move: (index, by) => {
      const other = index + by;
      const [step, swapped] = [steps[index], steps[other]];
      if (!step || !swapped) return;
      const next = [...steps];
      next[index] = swapped;
      next[other] = step;
      apply(next);
      // The moved step keeps the button pressed, unless it reached the end that button goes to.
      const atEnd = by === -1 ? other === 0 : other === steps.length - 1;
      focusOn(other, (by === -1) !== atEnd ? 'up' : 'down');
    },
    remove: (index) => {
      apply(steps.filter((_, at) => at !== index));
    },
    replace: (next) => {
      setRefusal(null);
      onChange(next);
    },
    refusal,
    focus,
  };
}
