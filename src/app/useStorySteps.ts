import { useEffect, useState } from 'react';
import type { StoryStep } from '../story/steps';

/** Steps as a story loads them, with what the loading left out (a reader's bad step, say). */
export interface LoadedSteps {
  steps: readonly StoryStep[];
  notices: readonly string[];
}

export interface StorySteps {
  /** The steps; undefined while they load (or when no story is open). */
  steps: readonly StoryStep[] | undefined;
  /** Why the steps could not be loaded, for the notices. */
  failure: string | null;
  /** What the loading left out, for the notices. */
  notices: readonly string[];
}

const NOTHING_LEFT_OUT: readonly string[] = [];

/**
 * The steps of the story on screen, loaded when a reader opens it (`story=`): a page that opens no
 * story never loads their words. `load` changes with the story (a reader's files re-tell it, the
 * reader's own story is edited). While the same story (`story`, its id) loads again, the steps last
 * loaded stay on screen, so an edit of the reader's own story does not blank the page.
 */
export function useStorySteps(
  story: string | null,
  load: () => Promise<readonly StoryStep[] | LoadedSteps>,
): StorySteps {
  const open = story !== null;
  const [loaded, setLoaded] = useState<{
    load: typeof load;
    story: string;
    result: StorySteps;
  } | null>(null);
  useEffect(() => {
    if (story === null || loaded?.load === load) return;
    let current = true;
    load().then(
      (answer) => {
        const { steps, notices } =
          'steps' in answer ? answer : { steps: answer, notices: NOTHING_LEFT_OUT };
        if (current) setLoaded({ load, story, result: { steps, failure: null, notices } });
      },
      (error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        if (current)
          setLoaded({
            load,
            story,
            result: {
              steps: [],
              failure: `The story's steps could not be loaded (${why}).`,
              notices: NOTHING_LEFT_OUT,
            },
          });
      },
    );
    return () => {
      current = false;
    };
  }, [story, load, loaded]);
  return open && (loaded?.load === load || loaded?.story === story) ? loaded.result : NOT_LOADED;
}

const NOT_LOADED: StorySteps = { steps: undefined, failure: null, notices: NOTHING_LEFT_OUT };
