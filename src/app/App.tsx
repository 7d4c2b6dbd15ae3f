import { useSyncExternalStore } from 'react';
import { onStoryChange, STORY, storyVersion } from '../story/story';
import { memoizeLast } from '../domain/memoizeLast';
import type { StoryTelling } from '../features/story/storyReading';
import type { StoryStep } from '../story/steps';
import { Dashboard } from './Dashboard';
import { EmbedView } from './EmbedView';
import { usePrintFit } from './usePrintFit';
import { useTheme } from './useTheme';
import { useStoryView } from './useStoryView';
import { useViewState } from './useViewState';
import { useYourData } from './yourData/useYourData';

export interface AppProps {
  /** Notices from start-up (e.g. an unknown mock scenario), shown with the URL notices. */
  startupNotices?: readonly string[];
  dataMode: string;
  /** The story `story=` opens: its steps and how their words are filled (the story's own). */
  telling?: StoryTelling;
}

/** The story on screen told in its own steps, their words filled by captions.ts (StoryPanel). */
const storyTelling = memoizeLast((steps: readonly StoryStep[]): StoryTelling => ({ steps }));

/** The whole dashboard, or with `?embed=1` the chart alone for someone else's page. */
export function App({ startupNotices = [], dataMode, telling }: AppProps) {
  // Read at each render: a reader's files re-tell the story, and keep its steps or not.
  const { viewState, reading } = useStoryView(useViewState(), telling ?? storyTelling(STORY.steps));
  useTheme(viewState.view.theme);
  usePrintFit(viewState.view.embed ? '.embed__chart' : '.chart-figure');
  const yourData = useYourData(viewState.view, viewState.set);
  // A reader's file re-tells the story (another subject, shock day, window): the page below is
  // drawn afresh for it, while the view and the loaded files, kept here, stay.
  const story = useSyncExternalStore(onStoryChange, storyVersion);
  const notices = [...startupNotices, ...yourData.notices];
  return viewState.view.embed ? (
    <EmbedView key={story} viewState={viewState} startupNotices={notices} story={reading} />
  ) : (
    <Dashboard
      key={story}
      viewState={viewState}
      startupNotices={notices}
      dataMode={dataMode}
      yourData={yourData}
      story={reading}
    />
  );
}
