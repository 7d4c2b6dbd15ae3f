import { buildSessionRows } from '../../src/domain/dailySeries';
import { placeEvents } from '../../src/domain/eventPlacement';
import { analyseImpact, type ImpactAnalysis } from '../../src/domain/impactAnalysis';
import type { PriceBar } from '../../src/domain/types';
import type { CaptionInput } from '../../src/story/steps';
import { DEFAULT_STORY } from '../../src/story/story';
import * as fixtures from './fixtures';

/** What a caption is filled from, as the page computes it on opening, over the bundled data. */

const story = DEFAULT_STORY;
export const storyEvents = fixtures.storyEvents();
const benchmarkBars = fixtures.bars(story.defaultBenchmark);
const peerBars = new Map(story.defaultPeers.map((symbol) => [symbol, fixtures.bars(symbol)]));

/** The analysis the page computes on opening: the default benchmark, model, peers and day 0. */
function analysisOf(stock: readonly PriceBar[]): ImpactAnalysis {
  return analyseImpact({
    subjectSymbol: story.symbol,
    stock,
    benchmark: benchmarkBars,
    peers: peerBars,
    events: placeEvents(
      storyEvents,
      stock.map((bar) => bar.date),
    ).placed,
    day0: story.shockDate,
    model: 'market-model',
    customWindow: null,
    rebaseDate: story.defaultRebaseDate,
    moveDate: story.shockDate,
  });
}

/** The caption input of `stock` (the subject's bars), with the analysis or, as before it is computed, without. */
export function captionInputOf(stock: readonly PriceBar[], withAnalysis = true): CaptionInput {
  return {
    rows: buildSessionRows(stock, fixtures.nvdaSharePoints()),
    events: storyEvents,
    analysis: withAnalysis ? analysisOf(stock) : null,
    symbol: story.symbol,
    companyName: story.companyName,
    shockDate: story.shockDate,
    benchmark: story.defaultBenchmark,
  };
}
