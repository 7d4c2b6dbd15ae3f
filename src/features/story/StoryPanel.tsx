import { useEffect, useMemo, type RefObject } from 'react';
import { fillStep } from '../../story/captions';
import type { FilledStep } from '../../story/steps';
import type { StoryReading } from './storyReading';
import { StoryStepper } from './StoryStepper';
import { useCaptionFigures, type StoryData } from './useCaptionFigures';
import { useStepMotion } from './useStepMotion';

export interface StoryPanelProps {
  reading: StoryReading;
  data: StoryData;
  /** The reader's benchmark: the abnormal returns a caption names are against it. */
  benchmark: string;
  /** The chart's box, which moves to each step's window (useStepMotion). */
  chart: RefObject<HTMLElement | null>;
  /** Told the step shown, its words filled: the exports are titled and captioned with them. */
  onShown?: (step: FilledStep | null) => void;
}

/**
 * The open story's stepper, its words filled from the page's own data (as the headline's are).
 * It loads, with captions.ts, only when a story is open.
 */
export function StoryPanel({ reading, data, benchmark, chart, onShown }: StoryPanelProps) {
  const { telling } = reading;
  useStepMotion(chart, data.window, reading.index);
  const figures = useCaptionFigures(data, benchmark, telling.captionFigures);
  const steps = useMemo(() => {
    const fill = telling.fillStep ?? fillStep;
    return telling.steps.map((step) => fill(step, figures));
  }, [telling, figures]);
  const shown = steps[reading.index] ?? null;
  useEffect(() => {
    onShown?.(shown);
  }, [onShown, shown]);
  return (
    <StoryStepper steps={steps} index={reading.index} onStep={reading.go} onLeave={reading.leave} />
  );
}
