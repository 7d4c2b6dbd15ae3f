import type { StepView, StoryStep } from '../story/steps';
import type { ViewState } from './viewState';

/** The fields of the view a step can set; `from` and `to` it always sets. */
const STEP_FIELDS = ['from', 'to', 'mode', 'chartType', 'logScale', 'hiddenKinds'] as const;
type StepField = (typeof STEP_FIELDS)[number];

const fieldsSetBy = (step: StepView): StepField[] =>
  STEP_FIELDS.filter((field) => step[field] !== undefined);

/** The fields `fields` of `view`, to lay over another view. */
function pick(
  view: Pick<ViewState, StepField> | StepView,
  fields: StepField[],
): Partial<ViewState> {
  return Object.fromEntries(fields.map((field) => [field, view[field]]));
}

/** The view with the step's choices over the reader's: what the step leaves out stays theirs. */
export function withStep(view: ViewState, step: StepView): ViewState {
  return { ...view, ...pick(step, fieldsSetBy(step)) };
}

/** Which step of `steps` the view opens, from 0; null when no story is open (or it has no steps). */
export function openStep(
  view: Pick<ViewState, 'story' | 'step'>,
  steps: readonly StoryStep[],
): { index: number; notice: string | null } | null {
  if (view.story === null) return null;
  if (steps.length === 0) return null;
  return view.step <= steps.length
    ? { index: view.step - 1, notice: null }
    : {
        index: 0,
        notice: `Ignored step=${String(view.step)}: the story has ${String(steps.length)} steps; it opens on step 1.`,
      };
}

/**
 * The reader's change of a view a step shows. A change of what the step chose (its window, say)
 * leaves the story and keeps the view as the reader made it; any other change (a note, the
 * benchmark) is the reader's own, kept under the story, which stays open.
 */
export function changeUnderStep(
  base: ViewState,
  step: StepView,
  change: (shown: ViewState) => ViewState,
): ViewState {
  const shown = withStep(base, step);
  const next = change(shown);
  const fields = fieldsSetBy(step);
  const touched = fields.some((field) => String(next[field]) !== String(shown[field]));
  return touched ? { ...next, story: null, step: 1 } : { ...next, ...pick(base, fields) };
}
