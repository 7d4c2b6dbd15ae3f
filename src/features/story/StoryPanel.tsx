import { useEffect, useMemo, type RefObject } from 'react';
import type { SessionRow } from '../../domain/dailySeries';
import type { PlacedEvent } from '../../domain/eventPlacement';
import type { ImpactAnalysis } from '../../domain/impactAnalysis';
import type { TradingDate } from '../../domain/tradingDate';
import { captionFigures, fillStep } from '../../story/captions';
import type { CaptionInput, FilledStep } from '../../story/steps';
import { STORY } from '../../story/story';
import type { StoryReading } from './storyReading';
import { StoryStepper } from './StoryStepper';
import { useStepMotion } from './useStepMotion';

/** What the captions are computed from, as the page's model holds it. */
export interface StoryData {
  rows: readonly SessionRow[] | null;
  placedEvents: readonly PlacedEvent[];
  analysis: ImpactAnalysis | null;
  /** The window drawn. */
  window: { from: TradingDate; to: TradingDate };
}

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

const NO_ROWS: readonly SessionRow[] = [];

/**
 * The open story's stepper, its words filled from the page's own data (as the headline's are).
 * It loads, with captions.ts, only when a story is open.
 */
export function StoryPanel({ reading, data, benchmark, chart, onShown }: StoryPanelProps) {
  const { telling } = reading;
  useStepMotion(chart, data.window, reading.index);
  const { rows, placedEvents, analysis } = data;
  const { symbol, companyName, shockDate } = STORY;
  const events = useMemo(
    // The story's events, as the API gave them: the reader's notes are not the story's.
    () => placedEvents.flatMap((placed) => (placed.event.kind === 'note' ? [] : [placed.event])),
    [placedEvents],
  );
  const steps = useMemo(() => {
    const input: CaptionInput = {
      rows: rows ?? NO_ROWS,
      events,
      analysis,
      symbol,
      companyName,
      shockDate,
      benchmark,
    };
    const figures = (telling.captionFigures ?? captionFigures)(input);
    const fill = telling.fillStep ?? fillStep;
    return telling.steps.map((step) => fill(step, figures));
  }, [telling, rows, events, analysis, symbol, companyName, shockDate, benchmark]);
  const shown = steps[reading.index] ?? null;
  useEffect(() => {
    onShown?.(shown);
  }, [onShown, shown]);
  return (
    <StoryStepper steps={steps} index={reading.index} onStep={reading.go} onLeave={reading.leave} />
  );
}
