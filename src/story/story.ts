import type { TradingDate } from '../domain/tradingDate';
import deepseek from './deepseek.json';
import type { StoryStep } from './steps';

/**
 * A story the page tells: the questions asked of the data (which symbol, which day, against what),
 * never answers. Every figure shown is computed from the API's data; the story file holds only
 * choices and words. Its event labels and their priorities travel with the events (contract v1's
 * optional `shortLabel` and `priority`), and its symbols get their colours by rule (symbolColors).
 */
export interface Story {
  /** Names the story where one page may hold several (an embed's frame id). */
  id: string;
  symbol: string;
  companyName: string;
  /** The page's heading. */
  heading: string;
  /** Day 0 of the main event study, the day of the headline figures and of the peers table. */
  shockDate: TradingDate;
  /** The window the page opens on. */
  defaultWindow: { from: TradingDate; to: TradingDate };
  /** Peers are rebased to 100 on this close (the last before the shock) unless the reader picks. */
  defaultRebaseDate: TradingDate;
  /** What a return can be measured against. */
  benchmarks: readonly string[];
  defaultBenchmark: string;
  /** Symbols the subject can be compared with, rebased. */
  peers: readonly string[];
  defaultPeers: readonly string[];
  /** The source line every exported or embedded chart carries. */
  sourceLine: string;
  /** The source line of a small embed, where the full one would take the chart's room. */
  shortSourceLine: string;
  /**
   * The story told in steps, in order (steps.ts); none for a story the data cannot tell so. Loaded
   * only when a reader opens the story (`story=`): their words are not part of the first chart.
   */
  loadSteps: () => Promise<readonly StoryStep[]>;
}

/** A story with no steps to tell. */
export const NO_STEPS = (): Promise<readonly StoryStep[]> => Promise.resolve([]);

/** The story the page opens on: NVIDIA around the DeepSeek sell-off of 27 January 2025. */
export const DEFAULT_STORY: Readonly<Story> = Object.freeze({
  ...deepseek,
  loadSteps: () => import('./deepseekSteps').then((module) => module.DEFAULT_STEPS),
});

/**
 * The story on screen: the default one, or the one a reader's own files make (loadedStory.ts). It
 * is one object, replaced in place by `showStory`, so everything that reads it at render time reads
 * the same story; the page is drawn again after a change (App listens with `onStoryChange`).
 */
export const STORY: Story = { ...DEFAULT_STORY };

const listeners = new Set<() => void>();
let version = 0;

export function showStory(next: Story): void {
  Object.assign(STORY, next);
  version += 1;
  for (const listener of listeners) listener();
}

/** Calls `listener` after each change of story; returns the unsubscribe. */
export function onStoryChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts the changes of story: a key that makes the page draw afresh. */
export const storyVersion = () => version;

/** Every symbol the story draws beside the subject, in the order their colours are given. */
export const storySymbols = (): readonly string[] => [
  ...new Set([...STORY.peers, ...STORY.benchmarks]),
];
