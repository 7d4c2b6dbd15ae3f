import { useState, type KeyboardEvent } from 'react';
import type { FilledStep } from '../../story/steps';
import './storyStepper.css';

export interface StoryStepperProps {
  /** Every step, its words filled from the data. */
  steps: readonly FilledStep[];
  /** The step shown, from 0. */
  index: number;
  onStep: (index: number) => void;
  /** Back to the reader's own view. */
  onLeave: () => void;
}

/** ← and Page Up go back a step, → and Page Down on: only while the focus is in the stepper. */
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  PageUp: -1,
  ArrowRight: 1,
  PageDown: 1,
};

/**
 * The story's step over the chart: its title and caption (text, never markup), where it is in the
 * story, the buttons and dots that move through it, and a polite live region that reads the new
 * caption when the step changes (not on opening: the caption is on the page to be read then).
 */
export function StoryStepper({ steps, index, onStep, onLeave }: StoryStepperProps) {
  const step = steps[index];
  const count = steps.length;
  const [told, setTold] = useState({ index, text: '' });
  if (step && told.index !== index) {
    setTold({ index, text: `Step ${index + 1} of ${count}: ${step.title}. ${step.caption}` });
  }
  if (!step) return null;
  const go = (to: number) => {
    if (to >= 0 && to < count && to !== index) onStep(to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = KEY_STEPS[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    go(index + move);
  };
  // aria-disabled, not disabled: the Next button keeps the focus on the last step.
  const first = index === 0;
  const last = index === count - 1;

  return (
    <section className="story-stepper" aria-label="Story" onKeyDown={onKeyDown}>
      <div className="story-stepper__bar">
        <p className="story-stepper__count">
          Step {index + 1} of {count}
        </p>
        <ol className="story-stepper__dots">
          {steps.map((each, at) => (
            <li key={at}>
              <button
                type="button"
                className="story-stepper__dot"
                aria-label={`Step ${at + 1}: ${each.title}`}
                aria-current={at === index ? 'step' : undefined}
                onClick={() => {
                  go(at);
                }}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          aria-disabled={first}
          onClick={() => {
            go(index - 1);
          }}
        >
          ← Previous
        </button>
        <button
          type="button"
          aria-disabled={last}
          onClick={() => {
            go(index + 1);
          }}
        >
          Next →
        </button>
        <button type="button" className="story-stepper__leave" onClick={onLeave}>
          Leave the story
        </button>
      </div>
      <h2 className="story-stepper__title">{step.title}</h2>
      <p className="story-stepper__caption">{step.caption}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {told.text}
      </p>
    </section>
  );
}
