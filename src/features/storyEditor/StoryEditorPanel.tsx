import { useMemo } from 'react';
import { stepsCodec, writeSteps } from '../../app/url/stepsCodec';
import { fillStep } from '../../story/captions';
import type { StoryStep } from '../../story/steps';
import { STORY } from '../../story/story';
import { useCaptionFigures, type StoryData } from '../story/useCaptionFigures';
import { StoryEditor } from './StoryEditor';
import { stepViewOf } from './useStoryEditor';

export interface StoryEditorPanelProps {
  /** The reader's story as the link holds it (`steps=`). */
  stepsText: string;
  /** Writes the reader's story to the link. */
  onStepsText: (text: string) => void;
  /** The view on screen, which "Add this view as a step" takes. */
  view: Parameters<typeof stepViewOf>[0];
  /** The page's data, which fills the preview's figures. */
  data: StoryData;
  benchmark: string;
  /** Opens the reader's story on its first step. */
  onRead: () => void;
}

const NO_STEPS: readonly StoryStep[] = [];

/**
 * "Your story" on the page: the editor over the link's `steps=`, its preview filled from the page's
 * own data. It loads, with the steps codec and captions.ts, once the first chart is drawn.
 */
export function StoryEditorPanel({
  stepsText,
  onStepsText,
  view,
  data,
  benchmark,
  onRead,
}: StoryEditorPanelProps) {
  // A step the link cannot read is named in the page's notices when the story is opened; here the
  // editor works on the steps it keeps.
  const steps = useMemo(() => {
    const parsed = stepsCodec.parse(stepsText);
    return parsed.ok ? parsed.value : NO_STEPS;
  }, [stepsText]);
  const figures = useCaptionFigures(data, benchmark);
  const write = (next: readonly StoryStep[]) => {
    onStepsText(writeSteps(next));
  };
  return (
    <StoryEditor
      steps={steps}
      onChange={write}
      currentView={stepViewOf(view)}
      fill={(step) => fillStep(step, figures)}
      title={STORY.heading}
    >
      <div className="story-editor__start">
        <button
          type="button"
          onClick={() => {
            void STORY.loadSteps().then(write);
          }}
        >
          Start from this page&apos;s story
        </button>
        <button type="button" disabled={steps.length === 0} onClick={onRead}>
          Read your story
        </button>
      </div>
    </StoryEditor>
  );
}
