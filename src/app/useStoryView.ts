import { useCallback, useMemo } from 'react';
import type { StoryReading, StoryTelling } from '../features/story/storyReading';
import { changeUnderStep, openStep, withStep } from './storyView';
import type { ViewStore } from './useViewState';
import type { ViewState } from './viewState';

/**
 * The view the page draws with a story open (`story=` and `step=`): the step's choices over the
 * reader's. The reader's own view stays in the URL under the story, so leaving it gives that view
 * back, and moving a step writes `step=` only.
 */
export function useStoryView(
  store: ViewStore,
  telling: StoryTelling,
): { viewState: ViewStore; reading: StoryReading | null } {
  const { view, notices, set, update } = store;
  const { steps } = telling;
  const opened = openStep(view, steps);
  const step = opened ? steps[opened.index] : undefined;
  const shown = useMemo(() => (step ? withStep(view, step.view) : view), [view, step]);
  const index = step && opened ? opened.index : null;

  const storyUpdate = useCallback(
    (change: (previous: ViewState) => ViewState) => {
      update((base) => {
        const under = openStep(base, steps);
        const shownStep = under ? steps[under.index] : undefined;
        return shownStep ? changeUnderStep(base, shownStep.view, change) : change(base);
      });
    },
    [update, steps],
  );
  const storySet = useCallback(
    (patch: Partial<ViewState>) => {
      storyUpdate((previous) => ({ ...previous, ...patch }));
    },
    [storyUpdate],
  );
  const go = useCallback(
    (index: number) => {
      set({ step: index + 1 });
    },
    [set],
  );
  const leave = useCallback(() => {
    set({ story: null, step: 1 });
  }, [set]);

  const storyNotice =
    opened?.notice ??
    (view.story !== null && steps.length === 0
      ? `Ignored story=${view.story}: this page has no steps for it.`
      : null);
  const allNotices = useMemo(
    () => (storyNotice ? [...notices, storyNotice] : notices),
    [notices, storyNotice],
  );
  const reading = useMemo(
    () => (index === null ? null : { telling, index, go, leave }),
    [index, telling, go, leave],
  );
  return {
    viewState: { view: shown, notices: allNotices, update: storyUpdate, set: storySet },
    reading,
  };
}
