import { EVENT_KIND_STYLE } from '../../charts/eventStyle';
import { CHART_MODES, CHART_TYPES } from '../../domain/vocabulary';
import {
  cleanStepCaption,
  cleanStepTitle,
  STEP_CAPTION_MAX_LENGTH,
  STEP_TITLE_MAX_LENGTH,
  type FilledStep,
  type StepView,
  type StoryStep,
} from '../../story/steps';
import { StepWords } from './StepWords';
import { windowWords, type StepControl, type StoryEditor } from './useStoryEditor';

/** Where focus is sent to a step's control: `data-step-control="2-up"`. */
export const controlId = (index: number, control: StepControl) => `${String(index)}-${control}`;

/** "Peers, rebased · Candles · log scale": what the step sets besides its window. */
function viewWords(view: StepView): string {
  const words = [
    view.mode && CHART_MODES[view.mode].label,
    view.chartType && CHART_TYPES[view.chartType].label,
    view.logScale === undefined ? undefined : view.logScale ? 'log scale' : 'linear scale',
    view.hiddenKinds?.length
      ? `without ${view.hiddenKinds.map((kind) => EVENT_KIND_STYLE[kind].label.toLowerCase()).join(', ')}`
      : undefined,
  ];
  return words.filter(Boolean).join(' · ');
}

/** The step as the reader will see it: its words with the figures filled in, and the gaps named. */
function Preview({ filled, name }: { filled: FilledStep; name: string }) {
  return (
    <figure className="story-editor__preview" aria-label={`Preview of ${name}`}>
      <p className="story-editor__preview-title">{filled.title}</p>
      {filled.caption !== '' && <p>{filled.caption}</p>}
      {filled.missing.length > 0 && (
        <figcaption className="notice">
          Not filled from the data: {filled.missing.map((missing) => `{${missing}}`).join(', ')}
        </figcaption>
      )}
    </figure>
  );
}

/** One step of "Your story": its window, its words and their preview, its moves and its delete. */
export function StepItem({
  step,
  index,
  count,
  editor,
  fill,
  currentView,
  onRemove,
}: {
  step: StoryStep;
  index: number;
  /** How many steps the story has: the last cannot move down. */
  count: number;
  editor: StoryEditor;
  fill: (step: StoryStep) => FilledStep;
  currentView: StepView;
  onRemove: (index: number) => void;
}) {
  const name = `step ${String(index + 1)}`;
  const view = viewWords(step.view);
  return (
    <li className="story-editor__step" data-story-step={index + 1}>
      <p className="story-editor__when">
        <span className="story-editor__number">Step {index + 1}</span> {windowWords(step.view)}
        {view && <span className="muted"> · {view}</span>}
      </p>
      <StepWords
        value={step.title}
        clean={cleanStepTitle}
        label={`Title of ${name}`}
        control={controlId(index, 'title')}
        maxLength={STEP_TITLE_MAX_LENGTH}
        onChange={(title) => {
          editor.write(index, { title });
        }}
      />
      <StepWords
        value={step.caption}
        clean={cleanStepCaption}
        label={`Caption of ${name}`}
        maxLength={STEP_CAPTION_MAX_LENGTH}
        multiline
        onChange={(caption) => {
          editor.write(index, { caption });
        }}
      />
      <Preview filled={fill(step)} name={name} />
      <div className="story-editor__actions">
        <button
          type="button"
          aria-label={`Move ${name} up`}
          data-step-control={controlId(index, 'up')}
          disabled={index === 0}
          onClick={() => {
            editor.move(index, -1);
          }}
        >
          ▲ Up
        </button>
        <button
          type="button"
          aria-label={`Move ${name} down`}
          data-step-control={controlId(index, 'down')}
          disabled={index === count - 1}
          onClick={() => {
            editor.move(index, 1);
          }}
        >
          ▼ Down
        </button>
        <button
          type="button"
          aria-label={`Update ${name} to this view (${windowWords(currentView)})`}
          onClick={() => {
            editor.reframe(index, currentView);
          }}
        >
          Update to this view
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={`Delete ${name}`}
          onClick={() => {
            onRemove(index);
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
