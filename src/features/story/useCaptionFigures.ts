import { useMemo } from 'react';
import type { SessionRow } from '../../domain/dailySeries';
import type { PlacedEvent } from '../../domain/eventPlacement';
import type { ImpactAnalysis } from '../../domain/impactAnalysis';
import type { TradingDate } from '../../domain/tradingDate';
import { captionFigures } from '../../story/captions';
import type { CaptionInput } from '../../story/steps';
import { STORY } from '../../story/story';

/** What the captions are computed from, as the page's model holds it. */
export interface StoryData {
  rows: readonly SessionRow[] | null;
  placedEvents: readonly PlacedEvent[];
  analysis: ImpactAnalysis | null;
  /** The window drawn. */
  window: { from: TradingDate; to: TradingDate };
}

const NO_ROWS: readonly SessionRow[] = [];

/**
 * The figures a caption's placeholders are filled with, from the page's own data (as the headline's
 * are): the story's stepper and the reader's story editor fill their words alike. `compute` is the
 * story's own where it has one.
 */
export function useCaptionFigures(
  data: StoryData,
  benchmark: string,
  compute: (input: CaptionInput) => ReadonlyMap<string, string> = captionFigures,
): ReadonlyMap<string, string> {
  const { rows, placedEvents, analysis } = data;
  const { symbol, companyName, shockDate } = STORY;
  const events = useMemo(
    // The story's events, as the API gave them: the reader's notes are not the story's.
    () => placedEvents.flatMap((placed) => (placed.event.kind === 'note' ? [] : [placed.event])),
    [placedEvents],
  );
  return useMemo(
    () =>
      compute({
        rows: rows ?? NO_ROWS,
        events,
        analysis,
        symbol,
        companyName,
        shockDate,
        benchmark,
      }),
    [compute, rows, events, analysis, symbol, companyName, shockDate, benchmark],
  );
}
