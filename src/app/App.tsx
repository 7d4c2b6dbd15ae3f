import { useSyncExternalStore } from 'react';
import { onStoryChange, STORY, storyVersion } from '../story/story';
import { memoizeLast } from '../domain/memoizeLast';
import type { StoryTelling } from '../features/story/storyReading';
import type { StoryStep } from '../story/steps';
import { Dashboard } from './Dashboard';
import { EmbedView } from './EmbedView';
import { usePrintFit } from './usePrintFit';
import { useTheme } from './useTheme';
import { useStorySteps } from './useStorySteps';
import { useStoryView } from './useStoryView';
import { YOUR_STORY_ID } from './url/params';
import { yourStepsLoader } from './yourStory';
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
const NO_STEPS_YET: readonly StoryStep[] = [];

/** The whole dashboard, or with `?embed=1` the chart alone for someone else's page. */
export function App({ startupNotices = [], dataMode, telling }: AppProps) {
  const readerView = useViewState();
  const { story: storyId, steps: stepsText } = readerView.view;
  // Read at each render: a reader's files re-tell the story, and keep its steps or not.
  const ownSteps = useStorySteps(
    telling ? null : storyId,
    storyId === YOUR_STORY_ID ? yourStepsLoader(stepsText) : STORY.loadSteps,
  );
  const { viewState, reading } = useStoryView(
    readerView,
    telling ?? storyTelling(ownSteps.steps ?? NO_STEPS_YET),
  );
  useTheme(viewState.view.theme);
  usePrintFit(viewState.view.embed ? '.embed__chart' : '.chart-figure');
  const yourData = useYourData(viewState.view, viewState.set);
  // A reader's file re-tells the story (another subject, shock day, window): the page below is
  // drawn afresh for it, while the view and the loaded files, kept here, stay.
  const story = useSyncExternalStore(onStoryChange, storyVersion);
  const notices = [
    ...startupNotices,
    ...yourData.notices,
    ...(ownSteps.failure ? [ownSteps.failure] : []),
    ...ownSteps.notices,
  ];
  // A story's page waits for its steps, which choose the window: no chart of another first.
  if (!telling && storyId !== null && ownSteps.steps === undefined) return null;
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
