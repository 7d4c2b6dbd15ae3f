import { useEffect, useRef, type ReactNode } from 'react';
import type { FilledStep, StepView, StoryStep } from '../../story/steps';
import { PlaceholderHelp } from './PlaceholderHelp';
import { controlId, StepItem } from './StepItem';
import { StoryFileButtons } from './StoryFileButtons';
import { useStoryEditor, windowWords } from './useStoryEditor';

export interface StoryEditorProps {
  /** The reader's steps, as the link holds them (`steps=`). */
  steps: readonly StoryStep[];
  /** Every change of the steps, to be written to the link. */
  onChange: (steps: readonly StoryStep[]) => void;
  /** The view on screen, as a step would set it (stepViewOf). */
  currentView: StepView;
  /** A step's words with its figures filled from the page's data (fillStep over captionFigures). */
  fill: (step: StoryStep) => FilledStep;
  /** The story's title, for its file. */
  title?: string;
  /** What the page adds under the hint: starting from its story, reading this one. */
  children?: ReactNode;
}

/**
 * "Your story": the reader's own story in steps. Set the chart as a step should show it and add it;
 * write its title and caption, with placeholders the data fills; reorder, reframe or delete steps.
 * The link carries the story, and a story file keeps or sends it.
 */
export function StoryEditor({
  steps,
  onChange,
  currentView,
  fill,
  title,
  children,
}: StoryEditorProps) {
  const editor = useStoryEditor(steps, onChange);
  const panel = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { focus } = editor;
  const focused = useRef(0);
  useEffect(() => {
    if (!focus || focused.current === focus.ask) return;
    const control = panel.current?.querySelector<HTMLElement>(
      `[data-step-control="${controlId(focus.index, focus.control)}"]`,
    );
    // A step just added is drawn once the page has taken the change: try again when it is.
    if (!control) return;
    focused.current = focus.ask;
    control.focus();
    if (control instanceof HTMLInputElement) control.select();
  }, [focus, steps]);
  return (
    <section className="story-editor" aria-labelledby="story-editor-title" ref={panel}>
      <h2 id="story-editor-title" className="panel-title">
        Your story
      </h2>
      <p className="muted story-editor__hint">
        Set the chart as a step should show it (window, chart, overlays), then add it as a step and
        write what the reader should see. The link carries your story.
      </p>
      {children}
      <button
        type="button"
        ref={addButton}
        onClick={() => {
          editor.add(currentView);
        }}
      >
        Add this view as a step ({windowWords(currentView)})
      </button>
      {editor.refusal && (
        <p className="notice" role="status">
          {editor.refusal}
        </p>
      )}
      {steps.length > 0 && (
        <ol className="story-editor__steps">
          {steps.map((step, index) => (
            <StepItem
              // By place: the list is the link's order, and a field keeps its focus as it types.
              key={index}
              step={step}
              index={index}
              count={steps.length}
              editor={editor}
              fill={fill}
              currentView={currentView}
              onRemove={(at) => {
                editor.remove(at);
                addButton.current?.focus();
              }}
            />
          ))}
        </ol>
      )}
      <PlaceholderHelp />
      <StoryFileButtons steps={steps} title={title} onOpen={editor.replace} />
    </section>
  );
}
